package org.kissdetect.nle.sdk.project;

/**
 * One label added, changed or removed on a media item; {@code before} is what the author saw, as for markers.
 *
 * @param mediaId the media item the label belongs to
 * @param before  the label as it is now, or {@code null} to add {@code after}
 * @param after   the label as it shall be, or {@code null} to remove {@code before}
 * @since 1.1
 */
public record LabelChange(String mediaId, Label before, Label after) {

    /** Checks that there is a media item and at least one side, and that an update keeps the label's id. */
    public LabelChange {
        if (mediaId == null || before == null && after == null) {
            throw new IllegalArgumentException("a label change needs a media id and a label before or after");
        }
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("a label change must keep the label's id, got " + before.id()
                    + " -> " + after.id());
        }
    }

    /** @return this change with {@code before} and {@code after} swapped, which undoes it */
    public LabelChange inverse() {
        return new LabelChange(mediaId, after, before);
    }
}
