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

    /** Checks that every part is present and copies the scene list. */
    public MarkerDocument {
        if (movie == null || scenes == null || modelId == null || style == null) {
            throw new IllegalArgumentException("a marker document needs a movie, scenes, a model id and a style");
        }
        scenes = List.copyOf(scenes);
    }
}
