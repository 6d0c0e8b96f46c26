package org.kissdetect.api.markers;

import java.util.List;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.segment.Scene;

/**
 * Everything a marker file says: the movie (its file, length, frame rate and picture size place the markers and
 * the clip), the scenes, the model that found them and how the markers look.
 *
 * @param movie   the movie the markers belong to
 * @param scenes  the scenes in time order
 * @param modelId the id of the detector model, recorded in the markers' comments or metadata
 * @param style   the marker name, colour and timecode style
 */
public record MarkerDocument(MovieInfo movie, List<Scene> scenes, String modelId, MarkerStyle style) {

    /**
     * The longest movie markers are written for, in seconds: a week. Every marker format counts frames in 64 bits
     * at most; a longer (absurd) duration would overflow them.
     */
    public static final double MAX_DURATION_SECONDS = 7 * 86_400;

    /**
     * Checks that every part is present, that the movie's length can be written and that every scene lies within
     * it (its last second may be the movie's last, incomplete one), and copies the scene list.
     */
    public MarkerDocument {
        if (movie == null || scenes == null || modelId == null || style == null) {
            throw new IllegalArgumentException("a marker document needs a movie, scenes, a model id and a style");
        }
        if (movie.durationSeconds() > MAX_DURATION_SECONDS) {
            throw new IllegalArgumentException(movie.file() + " lasts " + movie.durationSeconds()
                    + " s; markers are written for movies of up to a week");
        }
        for (Scene scene : scenes) {
            if (scene.end() > movie.durationSeconds()) {
                throw new IllegalArgumentException("a scene ends at second " + scene.end() + ", after the end of "
                        + movie.file() + " at " + movie.durationSeconds() + " s");
            }
        }
        scenes = List.copyOf(scenes);
    }
}
