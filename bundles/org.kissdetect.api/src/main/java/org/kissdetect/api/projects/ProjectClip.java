package org.kissdetect.api.projects;

import java.nio.file.Path;

/**
 * One use of a media file on a project's timeline. Times are in seconds: source times count from the media file's
 * first frame (not from its timecode), timeline times from the timeline's start.
 *
 * @param id            where the clip is in the project, for messages ({@code playlist1 entry 3}, an element's id)
 * @param media         the media file, absolute, as the project names it (it may not exist)
 * @param sourceIn      the source time of the clip's first frame
 * @param sourceOut     the source time just after its last frame
 * @param timelineStart the timeline time of its first frame
 * @param speed         how fast the source plays: 1 as recorded, 2 twice as fast, 0.5 slow motion
 */
public record ProjectClip(String id, Path media, double sourceIn, double sourceOut, double timelineStart,
        double speed) {

    /** Checks that the clip covers a span of its media and sits on the timeline. */
    public ProjectClip {
        if (id == null || media == null) {
            throw new IllegalArgumentException("a clip needs an id and a media file");
        }
        if (!(sourceIn >= 0) || !(sourceOut > sourceIn) || !Double.isFinite(sourceOut)) {
            throw new IllegalArgumentException("clip " + id + " covers no span of " + media + ": " + sourceIn
                    + " s to " + sourceOut + " s");
        }
        if (!(timelineStart >= 0) || !Double.isFinite(timelineStart)) {
            throw new IllegalArgumentException("clip " + id + " starts at " + timelineStart + " s on the timeline");
        }
        if (!(speed > 0) || !Double.isFinite(speed)) {
            throw new IllegalArgumentException("clip " + id + " plays at speed " + speed);
        }
    }

    /**
     * @param sourceTime a source time within the clip
     * @return where that source time shows on the timeline
     */
    public double timelineTime(double sourceTime) {
        return timelineStart + (sourceTime - sourceIn) / speed;
    }

    /** @return the timeline time just after the clip's last frame */
    public double timelineEnd() {
        return timelineTime(sourceOut);
    }
}
