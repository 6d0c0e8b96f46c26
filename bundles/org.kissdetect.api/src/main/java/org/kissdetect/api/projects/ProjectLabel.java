package org.kissdetect.api.projects;

/**
 * A span the user labelled in a project that keeps labels apart from markers, in its clip's media time.
 *
 * @param clip    the clip whose media the label lies on
 * @param start   the start in seconds of the media's time
 * @param end     the end, after {@code start}
 * @param kissing whether it shows kissing
 * @since 1.1
 */
public record ProjectLabel(ProjectClip clip, double start, double end, boolean kissing) {

    /** Checks that the clip is named and the span runs forwards. */
    public ProjectLabel {
        if (clip == null || !(start >= 0 && end > start && Double.isFinite(end))) {
            throw new IllegalArgumentException("a project label needs a clip and a span running forwards, got "
                    + start + " s to " + end + " s");
        }
    }
}
