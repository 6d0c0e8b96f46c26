package org.kissdetect.nle.sdk.project;

/**
 * A span of a media item the user labelled, to teach a detector what is (and what is not) what it looks for. Labels
 * are not markers: a host keeps them apart, saves them with the project and shows them distinctly.
 *
 * @param id       unique in the project; chosen by whoever adds the label
 * @param owner    the plugin that keeps it (labels are made by users through a plugin's actions)
 * @param positive whether the span shows what the plugin looks for (kissing), or shows that it does not
 * @param range    where it lies, in the media item's time; a span, never a point
 * @since 1.1
 */
public record Label(String id, String owner, boolean positive, TimeRange range) {

    /** Checks that every part is present and that the range is a span. */
    public Label {
        if (id == null || id.isBlank() || owner == null || owner.isBlank() || range == null) {
            throw new IllegalArgumentException("a label needs an id, an owner and a range");
        }
        if (!(range.end() > range.start())) {
            throw new IllegalArgumentException("a label spans time, got " + range.start() + " s to " + range.end()
                    + " s");
        }
    }
}
