package org.kissdetect.common.text;

import java.util.Locale;

/** Clock text for durations and positions in a film, always with ASCII digits (Locale.ROOT). */
public final class Clock {

    private Clock() {
    }

    /** {@code h:mm:ss}, such as {@code 1:02:03} for 3,723 seconds; hours are not padded. */
    public static String hoursMinutesSeconds(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** {@code m:ss}, such as {@code 62:03} for 3,723 seconds; minutes are not padded nor wrapped into hours. */
    public static String minutesSeconds(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** {@code hh:mm:ss.mmm}, such as {@code 01:02:03.004}; a negative position gets a leading minus. */
    public static String withMillis(long millis) {
        String sign = millis < 0 ? "-" : "";
        long magnitude = Math.abs(millis);
        return String.format(Locale.ROOT, "%s%02d:%02d:%02d.%03d", sign, magnitude / 3_600_000, magnitude / 60_000 % 60,
                magnitude / 1000 % 60, magnitude % 1000);
    }
}
