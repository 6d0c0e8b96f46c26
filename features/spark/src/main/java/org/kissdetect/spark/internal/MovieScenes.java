package org.kissdetect.spark.internal;

import java.io.Serializable;
import java.util.List;

/**
 * One movie's scenes, as the scenes and movies tables keep them.
 *
 * @param fingerprint the movie's fingerprint
 * @param uri         where it was read
 * @param seconds     how many seconds were scored
 * @param scenes      its scenes in time order (empty when it failed)
 * @param markers     the marker files written, relative to the output folder
 * @param error       why its scenes or markers could not be had, or null
 */
public record MovieScenes(String fingerprint, String uri, int seconds, List<SceneRow> scenes, List<String> markers,
        String error) implements Serializable {

    /** One scene: seconds {@code [start, end)} and the mean probability inside. */
    public record SceneRow(int start, int end, double confidence) implements Serializable {
    }
}
