package org.kissdetect.decode.internal;

import java.util.Locale;

/** Times in the movie as people read them, like MediaException's: {@code 01:02:03.500}. */
final class MovieClock {

    private MovieClock() {
    }

    static String format(double seconds) {
        long millis = Math.round(seconds * 1000);
        String sign = millis < 0 ? "-" : "";
        millis = Math.abs(millis);
        return String.format(Locale.ROOT, "%s%02d:%02d:%02d.%03d", sign, millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
