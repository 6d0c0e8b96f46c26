package org.kissdetect.api.projects;

/**
 * A marker as the user put it in the project: on the timeline, or on a clip (then it moves with the clip). Times are
 * in seconds: timeline time for a timeline marker, source time of the clip's media (from its first frame) for a
 * clip marker.
 *
 * @param name   the marker's name as the editor shows it (Shotcut's text, Kdenlive's comment, FCPXML's value)
 * @param note   its longer note, or "" where the format has none
 * @param colour its colour as the project writes it ({@code #e53935}, {@code RED}), or "" where it has none
 * @param clip   the clip it belongs to, or {@code null} for a marker of the timeline
 * @param start  where it starts
 * @param end    where it ends, exclusive; equal to {@code start} for a point marker
 */
public record ProjectMarker(String name, String note, String colour, ProjectClip clip, double start, double end) {

    /** What every marker Kiss Detector adds carries in its note (or its name, where a format has no note). */
    public static final String SIGNATURE = "(Kiss Detector)";

    /**
     * @param text a marker's name or note, or {@code null}
     * @return whether it carries Kiss Detector's signature
     */
    public static boolean signed(String text) {
        return text != null && text.contains(SIGNATURE);
    }

    /** Checks that it has a name and a span. */
    public ProjectMarker {
        if (name == null || note == null || colour == null) {
            throw new IllegalArgumentException("a marker's name, note and colour are text, possibly empty");
        }
        if (!(start >= 0) || !(end >= start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("marker \"" + name + "\" spans " + start + " s to " + end + " s");
        }
    }

    /** @return whether Kiss Detector added it: a detection, not the user's */
    public boolean addedByKissDetector() {
        return signed(name) || signed(note);
    }

    /** @return whether it marks a point rather than a span */
    public boolean point() {
        return end == start;
    }
}
