package org.kissdetect.nle.sdk.project;

/**
 * One marker added, changed or removed on a media item. {@code before} is what the author saw: a host applies the
 * change only if the marker is still exactly that, so that nobody overwrites a change they did not see.
 *
 * @param mediaId the media item the marker belongs to
 * @param before  the marker as it is now, or {@code null} to add {@code after}
 * @param after   the marker as it shall be, or {@code null} to remove {@code before}
 */
public record MarkerChange(String mediaId, Marker before, Marker after) {

    /** Checks that there is a media item and at least one side, and that an update keeps the marker's id. */
    public MarkerChange {
        if (mediaId == null || before == null && after == null) {
            throw new IllegalArgumentException("a marker change needs a media id and a marker before or after");
        }
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("a marker change must keep the marker's id, got " + before.id()
                    + " -> " + after.id());
        }
    }

    /**
     * The change that undoes this one.
     *
     * @return this change with {@code before} and {@code after} swapped
     */
    public MarkerChange inverse() {
        return new MarkerChange(mediaId, after, before);
    }
}
