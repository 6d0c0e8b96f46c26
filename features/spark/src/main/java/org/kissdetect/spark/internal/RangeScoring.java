package org.kissdetect.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.kissdetect.api.detect.RangeScores;

/**
 * Scores the ranges of one task through the executor's detection service. A range that fails becomes an
 * {@link RangeItem.Outcome} with its error, never a failed task: one damaged film must not stop a library. A task
 * Spark kills stops between batches, as a cancelled detection does.
 */
final class RangeScoring {

    private RangeScoring() {
    }

    static Iterator<RangeItem> score(Iterator<RangeTask> tasks, JobSettings settings, Configuration conf) {
        List<RangeItem> items = new ArrayList<>();
        TaskContext context = TaskContext.get();
        while (tasks.hasNext()) {
            RangeTask task = tasks.next();
            try (LocalCopies.Lease movie = LocalFiles.lease(task.movie().uri(), conf, settings.localCopyBytes());
                    LocalCopies.Lease model = LocalFiles.lease(settings.modelUri(), conf, settings.localCopyBytes())) {
                RangeScores scores = EmbeddedRuntime.get().detection().score(movie.path(), model.path(), task.range(),
                        () -> context != null && context.isInterrupted());
                float[] probabilities = scores.probabilities();
                for (int i = 0; i < probabilities.length; i++) {
                    items.add(new RangeItem.Second(task.movie().fingerprint(), task.movie().uri(), task.first() + i,
                            probabilities[i]));
                }
                items.add(new RangeItem.Outcome(task, probabilities.length, scores.reachedTheEnd(),
                        scores.modelContent(), null));
            } catch (Exception e) {
                if (context != null && context.isInterrupted()) {
                    throw new IllegalStateException("the task was killed while scoring " + task, e);
                }
                items.add(new RangeItem.Outcome(task, 0, false, null, Failures.describe(e)));
            }
        }
        return items.iterator();
    }
}
