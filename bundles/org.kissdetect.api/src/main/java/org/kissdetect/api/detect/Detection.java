package org.kissdetect.api.detect;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

/**
 * The result of detecting kissing scenes in one movie.
 *
 * @param movie         what the decoder learned about the movie
 * @param model         the detector that scored it
 * @param probabilities one kissing probability per complete second (shared, treat as read-only)
 * @param parameters    the parameters the scenes were segmented with
 * @param scenes        the scenes in time order
 * @param scoresFile    where the per-second probabilities are kept, so that re-segmenting needs no model run
 * @param fromCache     whether the probabilities came from that file rather than from a model run
 */
public record Detection(MovieInfo movie, ModelDescriptor model, float[] probabilities,
        SegmentationParameters parameters, List<Scene> scenes, Path scoresFile, boolean fromCache) {

    /** Copies the scene list so that it cannot change under the caller. */
    public Detection {
        scenes = List.copyOf(scenes);
    }
}
