package org.kissdetect.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The scores table's rows of one partition's seconds, handed to the Parquet writer one by one, so that an injected
 * failure ({@link FaultInjection}) strikes after part of them were written.
 */
final class ScoreRows {

    private ScoreRows() {
    }

    static Iterator<Row> rows(Iterator<RangeItem> items, ModelKey model, JobSettings settings) {
        List<RangeItem.Second> seconds = new ArrayList<>();
        items.forEachRemaining(item -> seconds.add((RangeItem.Second) item));
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < seconds.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RangeItem.Second second = seconds.get(next);
                if (settings.faults() != null) {
                    settings.faults().maybeFail("scores", new org.apache.hadoop.fs.Path(second.uri()).getName(), next,
                            seconds.size());
                }
                next++;
                return RowFactory.create(second.fingerprint(), second.uri(), second.second(), second.probability(),
                        model.id(), model.version(), model.content(), settings.runId());
            }
        };
    }
}
