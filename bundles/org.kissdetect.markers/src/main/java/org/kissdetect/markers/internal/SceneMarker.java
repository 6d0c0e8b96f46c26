package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.segment.Scene;

/**
 * One scene placed on the movie's frame grid: it starts at the first frame shown at or after its first second
 * and ends before the first frame of the second after its last.
 */
record SceneMarker(int number, String name, String comment, Scene scene, long startFrame, long endFrame) {

    long durationFrames() {
        return endFrame - startFrame;
    }

    static List<SceneMarker> of(MarkerDocument document) {
        FrameRate rate = FrameRate.of(document.movie().frameRate());
        List<SceneMarker> markers = new ArrayList<>();
        int number = 1;
        for (Scene scene : document.scenes()) {
            String name = document.style().name() + " " + number;
            String comment = String.format(Locale.ROOT, "kissing %d-%d s, confidence %.2f, model %s", scene.start(),
                    scene.end(), scene.confidence(), document.modelId());
            markers.add(new SceneMarker(number++, name, comment, scene, rate.firstFrameAtOrAfter(scene.start()),
                    rate.firstFrameAtOrAfter(scene.end() + 1L)));
        }
        return markers;
    }
}
