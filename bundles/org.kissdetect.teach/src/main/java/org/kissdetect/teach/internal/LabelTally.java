package org.kissdetect.teach.internal;

import java.util.List;

import org.kissdetect.api.labels.Label;
import org.kissdetect.api.teach.TeachingException;
import org.kissdetect.api.teach.TeachingService;

/**
 * The whole seconds labelled of each class, as training counts them: second {@code k} when {@code [k, k + 1)}
 * lies inside a label.
 *
 * @param kissing the kissing seconds
 * @param other   the seconds without kissing
 */
record LabelTally(int kissing, int other) {

    static LabelTally of(List<Label> labels) {
        int kissing = 0;
        int other = 0;
        for (Label label : labels) {
            int seconds = wholeSeconds(label);
            if (label.kissing()) {
                kissing += seconds;
            } else {
                other += seconds;
            }
        }
        return new LabelTally(kissing, other);
    }

    static int wholeSeconds(Label label) {
        return Math.max(0, (int) Math.floor(label.end() + 1e-6) - (int) Math.ceil(label.start() - 1e-6));
    }

    /** Refuses labels too few to teach anything: fewer than the minimum seconds of either class. */
    void requireEnough() throws TeachingException {
        int minimum = TeachingService.MINIMUM_SECONDS_PER_CLASS;
        if (kissing < minimum || other < minimum) {
            throw new TeachingException("Too few labels to teach a detector: " + kissing + " s labelled kissing and "
                    + other + " s not kissing. Label at least " + minimum + " s of each (more, from several films,"
                    + " teaches a better detector): select a span on the timeline and right-click it.");
        }
    }
}
