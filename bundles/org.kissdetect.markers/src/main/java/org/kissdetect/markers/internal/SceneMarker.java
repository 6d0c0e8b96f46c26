package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;
import org.kissdetect.common.time.SceneFrames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.segment.Scene;

/**
 * One scene placed on the movie's frame grid ({@link SceneFrames}): it starts on the first frame of its first second
 * and ends, exclusively, as editors' out points do, on the first frame of the second after its last, each edge moved
 * to a shot cut less than a second from it when the movie's decoding found one, and never past the movie's end (a
 * 120.0 s film at 29.97 fps has frames 0-3595, and second 120 would begin on frame 3597).
 *
 * @param startFrame  the scene's first frame
 * @param endFrame    the first frame after the scene, at most the movie's frame count
 * @param startMillis the same start in milliseconds
 * @param endMillis   the same end in milliseconds
 */
record SceneMarker(int number, String name, String comment, Scene scene, long startFrame, long endFrame,
        long startMillis, long endMillis) {

    long durationFrames() {
        return endFrame - startFrame;
    }

    /** @return the start in seconds: a whole number ({@code 10}) unless it is on a cut ({@code 9.8}) */
    Number startSeconds() {
        return SceneFrames.seconds(startMillis);
    }

    /** @return the exclusive end in seconds: a whole number ({@code 25}) unless on a cut or the movie's end */
    Number endSeconds() {
        return SceneFrames.seconds(endMillis);
    }

    static List<SceneMarker> of(MarkerDocument document) {
        FrameRate rate = FrameRate.of(document.movie().frameRate());
        long movieFrames = Math.max(1, rate.framesIn(document.movie().durationSeconds()));
        List<SceneMarker> markers = new ArrayList<>();
        int number = 1;
        for (Scene scene : document.scenes()) {
            SceneFrames frames = SceneFrames.of(scene.start(), scene.end(), rate, movieFrames,
                    document.movie().shotCuts());
            String name = document.style().name() + " " + number;
            String comment = String.format(Locale.ROOT, "kissing %s-%s s, confidence %.2f, model %s",
                    SceneFrames.seconds(frames.startMillis()), SceneFrames.seconds(frames.endMillis()),
                    scene.confidence(), document.modelId());
            markers.add(new SceneMarker(number++, name, comment, scene, frames.start(), frames.end(),
                    frames.startMillis(), frames.endMillis()));
        }
        return markers;
    }
}
