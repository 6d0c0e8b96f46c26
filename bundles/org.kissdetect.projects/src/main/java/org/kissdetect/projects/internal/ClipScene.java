package org.kissdetect.projects.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.time.FrameRate;
import org.kissdetect.common.time.SceneFrames;
import org.kissdetect.common.time.Timecode;

/**
 * A scene of a media file as one clip shows it. A scene covers the media's frames as the marker files count them
 * ({@link SceneFrames}: from its first second's first frame up to, not including, the first frame of the second after
 * its last, each edge on a shot cut less than a second away); a clip shows the part of it between its in and out
 * points.
 *
 * @param number      the scene's number in its media, so every clip of one scene names it alike
 * @param scene       the scene
 * @param sourceStart the source time of its first frame the clip shows, in seconds
 * @param sourceEnd   the source time just after the last frame the clip shows
 * @param name        the marker's name ({@code Kissing scene 2})
 * @param note        what it is, signed so that a later annotation finds and replaces it
 */
record ClipScene(int number, Scene scene, double sourceStart, double sourceEnd, String name, String note) {

    static final String SIGNATURE = ProjectMarker.SIGNATURE;

    static boolean signed(String text) {
        return ProjectMarker.signed(text);
    }

    static List<ClipScene> of(ProjectClip clip, MediaScenes media, MarkerStyle style) {
        FrameRate rate = FrameRate.of(media.media().frameRate());
        long movieFrames = Math.max(1, rate.framesIn(media.media().durationSeconds()));
        List<ClipScene> shown = new ArrayList<>();
        int number = 0;
        for (Scene scene : media.scenes()) {
            number++;
            SceneFrames frames = SceneFrames.of(scene.start(), scene.end(), rate, movieFrames,
                    media.media().shotCuts());
            double start = Math.max(seconds(frames.start(), rate), clip.sourceIn());
            double stop = Math.min(seconds(frames.end(), rate), clip.sourceOut());
            if (stop - start < 0.5 / rate.framesPerSecond()) {
                continue;
            }
            String note = String.format(Locale.ROOT, "kissing %s-%s s of %s%s, confidence %.2f, model %s %s",
                    SceneFrames.seconds(frames.startMillis()), SceneFrames.seconds(frames.endMillis()),
                    clip.media().getFileName(),
                    timecodes(media, rate, frames.start(), frames.end()), scene.confidence(), media.modelId(),
                    SIGNATURE);
            shown.add(new ClipScene(number, scene, start, stop, style.name() + " " + number, note));
        }
        return shown;
    }

    /** @return the source time in seconds of a frame of the media */
    static double seconds(long frame, FrameRate rate) {
        return (double) frame * rate.denominator() / rate.numerator();
    }

    /** @return {@code " (14:23:20:05 - 14:23:35:04)"} in the media's own timecode when its file records one */
    private static String timecodes(MediaScenes media, FrameRate rate, long first, long end) {
        StartTimecode start = media.media().startTimecode();
        if (start == null || start.framesPerSecond() != rate.nominal()) {
            return "";
        }
        boolean drop = start.dropFrame() && rate.supportsDropFrame();
        long day = Timecode.framesOfHours(24, rate, drop);
        return " (" + Timecode.of(Math.floorMod(start.frameNumber() + first, day), rate, drop) + " - "
                + Timecode.of(Math.floorMod(start.frameNumber() + Math.max(first, end - 1), day), rate, drop) + ")";
    }
}
