package org.kissdetect.train.internal;

/** Times as annotation files write them: seconds ({@code 12}, {@code 12.5}) or timecode ({@code 1:02}, {@code 01:02:03.250}). */
final class TimeText {

    private TimeText() {
    }

    /**
     * Reads a time.
     *
     * @param text seconds, {@code MM:SS[.fff]} or {@code HH:MM:SS[.fff]}
     * @return the time in seconds, not negative
     * @throws IllegalArgumentException saying what a time looks like
     */
    static double seconds(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length > 3 || text.isBlank()) {
            throw invalid(text);
        }
        double seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (!parts[i].matches(last ? "\\d+(\\.\\d+)?" : "\\d+")) {
                throw invalid(text);
            }
            double value = Double.parseDouble(parts[i]);
            if (i > 0 && value >= 60) {
                throw new IllegalArgumentException("time '" + text + "' has " + parts[i] + " where minutes or seconds"
                        + " must be under 60");
            }
            seconds = seconds * 60 + value;
        }
        return seconds;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("time '" + text + "' is neither seconds (12.5) nor a timecode"
                + " (HH:MM:SS.mmm or MM:SS); frame timecodes (HH:MM:SS:FF) are not accepted");
    }
}
