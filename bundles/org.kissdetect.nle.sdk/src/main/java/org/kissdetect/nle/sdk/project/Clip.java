package org.kissdetect.nle.sdk.project;

/**
 * A use of part of a media item on a timeline.
 *
 * @param id            the host's identifier, unique in the project
 * @param mediaId       the {@linkplain MediaItem#id() id} of the media item it shows
 * @param source        the part of the media item it shows, in the item's time
 * @param timelineStart where on the timeline it starts, in seconds
 */
public record Clip(String id, String mediaId, TimeRange source, double timelineStart) {

    /** Checks that every part is present and the start is not negative. */
    public Clip {
        if (id == null || mediaId == null || source == null || !(timelineStart >= 0)) {
            throw new IllegalArgumentException("a clip needs an id, a media id, a source range and a start >= 0");
        }
    }
}
