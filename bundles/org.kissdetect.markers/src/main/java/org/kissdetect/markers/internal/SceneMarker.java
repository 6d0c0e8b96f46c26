package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.segment.Scene;

/**
 * One scene placed on the movie's frame grid. Every format ends a scene the same way, exclusively, as editors' out
 * points do: at the first frame of the second after its last, or at the movie's end where that comes first (a
 * 120.0 s film at 29.97 fps has frames 0-3595, and second 120 would begin on frame 3597).
 *
 * @param startFrame the first frame shown at or after the scene's first second
 * @param endFrame   the first frame after the scene, at most the movie's frame count
 * @param endMillis  the same end in milliseconds: the end of the scene's last second, or the movie's end (truncated
 *                   to the millisecond, so that it still falls on {@code endFrame})
 */
record SceneMarker(int number, String name, String comment, Scene scene, long startFrame, long endFrame,
        long endMillis) {

    long durationFrames() {
        return endFrame - startFrame;
    }

    /** @return the exclusive end in seconds: a whole number ({@code 25}) unless the movie ends first ({@code 119.986}) */
    Number endSeconds() {
        return seconds(endMillis);
    }

    private static Number seconds(long millis) {
        return millis % 1000 == 0 ? (Number) (millis / 1000) : (Number) (millis / 1000.0);
    }

    static List<SceneMarker> of(MarkerDocument document) {
        FrameRate rate = FrameRate.of(document.movie().frameRate());
        long movieFrames = Math.max(1, rate.framesIn(document.movie().durationSeconds()));
        List<SceneMarker> markers = new ArrayList<>();
        int number = 1;
        for (Scene scene : document.scenes()) {
            long start = Math.min(rate.firstFrameAtOrAfter(scene.start()), movieFrames - 1);
            long afterLastSecond = rate.firstFrameAtOrAfter(scene.end() + 1L);
            long end = Math.max(start + 1, Math.min(afterLastSecond, movieFrames));
            long endMillis = afterLastSecond <= movieFrames ? (scene.end() + 1L) * 1000
                    : Math.floorDiv(end * rate.denominator() * 1000, rate.numerator());
            String name = document.style().name() + " " + number;
            String comment = String.format(Locale.ROOT, "kissing %d-%s s, confidence %.2f, model %s", scene.start(),
                    seconds(endMillis), scene.confidence(), document.modelId());
            markers.add(new SceneMarker(number++, name, comment, scene, start, end, endMillis));
        }
        return markers;
    }
}
