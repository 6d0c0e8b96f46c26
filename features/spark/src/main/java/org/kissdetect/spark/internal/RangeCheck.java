package org.kissdetect.spark.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a film's ranges join into one whole detection: every range scored by the run's model, none
 * failed, and no hole: each range gave all its seconds unless the film ended in it, after which every later range
 * is empty. Whatever fails here, the film's seconds are left out of the tables and the film is a failure.
 */
final class RangeCheck {

    private RangeCheck() {
    }

    /** Why the ranges do not join, or empty when they do. */
    static Optional<String> problem(List<RangeItem.Outcome> ranges, String modelContent) {
        List<RangeItem.Outcome> ordered = ranges.stream()
                .sorted(Comparator.comparingInt(outcome -> outcome.task().first())).toList();
        boolean ended = false;
        int expectedFirst = 0;
        for (RangeItem.Outcome range : ordered) {
            RangeTask task = range.task();
            String where = "seconds " + task.first() + (task.range().toTheEnd() ? " to the end" : " to " + task.end());
            if (range.error() != null) {
                return Optional.of(where + ": " + range.error());
            }
            if (!modelContent.equals(range.modelContent())) {
                return Optional.of(where + " were scored by another model (its directory changed during the run)");
            }
            if (task.first() != expectedFirst) {
                return Optional.of("no range scored seconds " + expectedFirst + " to " + task.first());
            }
            if (ended && range.seconds() > 0) {
                return Optional.of(where + " gave " + range.seconds() + " seconds after an earlier range ended the"
                        + " film: the movie's seconds do not follow one another");
            }
            if (!range.reachedEnd() && range.seconds() != task.range().length()) {
                return Optional.of(where + " gave " + range.seconds() + " seconds without reaching the end");
            }
            ended |= range.reachedEnd();
            expectedFirst = task.end();
        }
        if (!ended) {
            return Optional.of("no range reached the end of the film");
        }
        return Optional.empty();
    }
}
