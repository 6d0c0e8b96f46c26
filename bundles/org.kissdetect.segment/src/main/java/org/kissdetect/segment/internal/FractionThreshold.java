package org.kissdetect.segment.internal;

/**
 * The rule "(kissing seconds) / (seconds) &gt;= t", evaluated in double precision as the paper states it, turned
 * into an exact integer test.
 *
 * <p>Rounding a quotient to double is monotone, so over all fractions {@code c / len} with {@code len <= maxLength}
 * the rule holds exactly for those at or above the smallest fraction {@code p / q} that satisfies it. Comparing
 * {@code c * q >= p * len} in integers then gives the same answer as the double division for every window, with
 * no rounding at the boundary (7 of 10 seconds at t = 0.7 is in).
 */
final class FractionThreshold {

    private final long numerator;
    private final long denominator;

    FractionThreshold(double minFraction, int maxLength) {
        long bestNumerator = 1;
        long bestDenominator = 1;
        for (int length = 1; length <= maxLength; length++) {
            long count = smallestCountReaching(minFraction, length);
            if (count * bestDenominator < bestNumerator * length) {
                bestNumerator = count;
                bestDenominator = length;
            }
        }
        this.numerator = bestNumerator;
        this.denominator = bestDenominator;
    }

    /** The smallest count c with {@code (double) c / length >= minFraction}; at most {@code length} as t &lt;= 1. */
    private static long smallestCountReaching(double minFraction, int length) {
        long count = Math.max(1, Math.min(length, (long) Math.ceil(minFraction * length)));
        while (count > 1 && (double) (count - 1) / length >= minFraction) {
            count--;
        }
        while (count < length && (double) count / length < minFraction) {
            count++;
        }
        return count;
    }

    /** The weight of a kissing second in {@link #balance}. */
    long kissingWeight() {
        return denominator;
    }

    /** The weight every second costs in {@link #balance}. */
    long secondWeight() {
        return numerator;
    }

    /**
     * {@code denominator * kissingSeconds - numerator * seconds}: a window qualifies exactly when the balance at its
     * end is at least the balance at its start.
     */
    long balance(int kissingSeconds, int seconds) {
        return denominator * kissingSeconds - numerator * seconds;
    }
}
