package org.kissdetect.train.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.segment.Scene;

/**
 * A movie's examples: every whole second inside an annotated scene, with its label.
 *
 * @param name    the movie as the annotation file names it
 * @param file    the movie file
 * @param seconds the annotated seconds, ascending
 * @param kissing the label of each
 */
record LabelledMovie(String name, Path file, int[] seconds, boolean[] kissing) {

    /** @return how many examples the movie gives */
    int size() {
        return seconds.length;
    }

    /** @return the last annotated second */
    int lastSecond() {
        return seconds[seconds.length - 1];
    }

    /** @return the runs of consecutive kissing seconds: the true scenes, whole seconds, confidence 1 */
    List<Scene> kissingScenes() {
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            if (kissing[i]) {
                int first = i;
                while (i + 1 < seconds.length && kissing[i + 1] && seconds[i + 1] == seconds[i] + 1) {
                    i++;
                }
                scenes.add(new Scene(seconds[first], seconds[i], 1));
            }
        }
        return scenes;
    }
}
