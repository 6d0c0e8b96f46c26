package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;
import org.kissdetect.common.time.Timecode;

import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.markers.MarkerDocument;

/**
 * The movie's own timecode space, in which markers on the media belong: its first frame is the start timecode its
 * file records (drop-frame as the file says), or 00:00:00:00 in the style's drop-frame choice when it records none.
 * Labels past 23:59:59 wrap to 00:00:00, as a day's timecode does.
 *
 * @param origin    the first frame's number in timecode, in frames counted from 00:00:00:00
 * @param rate      the movie's frame rate
 * @param dropFrame whether labels are drop-frame
 */
record MediaTimecode(long origin, FrameRate rate, boolean dropFrame) {

    static MediaTimecode of(MarkerDocument document) {
        FrameRate rate = FrameRate.of(document.movie().frameRate());
        StartTimecode start = document.movie().startTimecode();
        if (start == null || start.framesPerSecond() != rate.nominal()) {
            return new MediaTimecode(0, rate, document.style().dropFrame() && rate.supportsDropFrame());
        }
        return new MediaTimecode(start.frameNumber(), rate, start.dropFrame() && rate.supportsDropFrame());
    }

    /**
     * The media's timecode when its file records one, else a timeline that starts at {@code hours}:00:00:00 with the
     * movie at its start (the editors' default for a new sequence is 01:00:00:00).
     */
    static MediaTimecode orTimeline(MarkerDocument document, int hours) {
        MediaTimecode media = of(document);
        if (document.movie().startTimecode() != null) {
            return media;
        }
        return new MediaTimecode(Timecode.framesOfHours(hours, media.rate(), media.dropFrame()), media.rate(),
                media.dropFrame());
    }

    /**
     * How editors whose timelines carry no source timecode (Shotcut, Kdenlive) learn it: a marker placed by frame
     * from the clip's start names the media timecode of its range when the file records a start timecode.
     *
     * @return {@code " [14:23:20:05 - 14:23:29:29]"}, the first and last frame's labels, or {@code ""} when the file
     *         records no timecode
     */
    static String rangeSuffix(MarkerDocument document, SceneMarker marker) {
        if (document.movie().startTimecode() == null) {
            return "";
        }
        MediaTimecode media = of(document);
        return " [" + media.label(marker.startFrame()) + " - "
                + media.label(Math.max(marker.startFrame(), marker.endFrame() - 1)) + "]";
    }

    /** @return the label of a frame of the movie, counted from its first */
    String label(long frame) {
        return Timecode.of(Math.floorMod(origin + frame, Timecode.framesOfHours(24, rate, dropFrame)), rate,
                dropFrame);
    }
}
