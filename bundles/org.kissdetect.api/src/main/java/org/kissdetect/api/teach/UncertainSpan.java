package org.kissdetect.api.teach;

/**
 * Seconds of a movie the current model is least sure of: worth labelling next.
 *
 * @param start       the first second
 * @param end         the end, exclusive, in seconds
 * @param probability the mean kissing probability over the span
 * @param distance    the mean distance of the probabilities from the threshold: the smaller, the less sure
 */
public record UncertainSpan(int start, int end, double probability, double distance) {

    /** Checks that the span runs forwards. */
    public UncertainSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an uncertain span runs forwards from second 0 or later, got "
                    + start + " to " + end);
        }
    }
}
