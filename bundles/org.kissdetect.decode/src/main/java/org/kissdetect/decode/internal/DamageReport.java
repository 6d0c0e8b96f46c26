package org.kissdetect.decode.internal;

import java.util.Optional;

/** Damaged packets and pictures, counted with the movie times between which they were met: one warning. */
final class DamageReport {

    private int count;
    private double first = Double.NaN;
    private double last = Double.NaN;

    /** {@code added} more damaged packets or pictures were met at {@code seconds} of the movie. */
    void add(int added, double seconds) {
        if (added <= 0) {
            return;
        }
        count += added;
        if (Double.isNaN(first)) {
            first = seconds;
        }
        last = Math.max(seconds, Double.isNaN(last) ? seconds : last);
    }

    int count() {
        return count;
    }

    Optional<String> warning() {
        if (count == 0) {
            return Optional.empty();
        }
        String where = first == last ? "at " + MovieClock.format(first)
                : "between " + MovieClock.format(first) + " and " + MovieClock.format(last);
        return Optional.of(count + " damaged packets or pictures were skipped or concealed " + where
                + ": the seconds there may show broken or repeated pictures");
    }
}
