package org.kissdetect.api.train;

/**
 * Per-second results against the truth, kissing being the positive class. A ratio whose denominator is 0 is 0.
 *
 * @param truePositives  kissing seconds found
 * @param falsePositives other seconds taken for kissing
 * @param falseNegatives kissing seconds missed
 * @param trueNegatives  other seconds left alone
 */
public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** Checks that no count is negative. */
    public Confusion {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("confusion counts cannot be negative, got " + truePositives + ", "
                    + falsePositives + ", " + falseNegatives + ", " + trueNegatives);
        }
    }

    /** @return {@code tp / (tp + fp)}: the share of seconds taken for kissing that are */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** @return {@code tp / (tp + fn)}: the share of kissing seconds found */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** @return {@code 2 tp / (2 tp + fp + fn)}: the harmonic mean of precision and recall, the paper's metric */
    public double f1() {
        return ratio(2L * truePositives, 2L * truePositives + falsePositives + falseNegatives);
    }

    /** @return the share of seconds classified correctly */
    public double accuracy() {
        return ratio(truePositives + (long) trueNegatives, total());
    }

    /** @return every second counted */
    public long total() {
        return (long) truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
