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
 * @param movie         what the decoder learned about the movie; its duration is what was decoded when that
 *                      differs from the container's declaration (a file that ends early, two files joined)
 * @param model         the detector that scored it
 * @param probabilities one kissing probability per complete second (shared, treat as read-only)
 * @param parameters    the parameters the scenes were segmented with
 * @param scenes        the scenes in time order
 * @param scoresFile    where the per-second probabilities are kept, so that re-segmenting needs no model run;
 *                      {@code null} when the score cache could not keep them (a warning says why): write them
 *                      with {@link DetectionService#writeScores}, which works in either case
 * @param fromCache     whether the probabilities came from that file rather than from a model run
 * @param warnings      what did not stop the detection but makes its result less certain or less complete, one
 *                      sentence each: damage and gaps the decoder reported (also kept in the scores file), a
 *                      resumed run, scores that could not be kept; empty when all went well
 */
public record Detection(MovieInfo movie, ModelDescriptor model, float[] probabilities,
        SegmentationParameters parameters, List<Scene> scenes, Path scoresFile, boolean fromCache,
        List<String> warnings) {

    /** Copies the scene and warning lists so that they cannot change under the caller. */
    public Detection {
        scenes = List.copyOf(scenes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * A detection without warnings.
     *
     * @param movie         what the decoder learned about the movie
     * @param model         the detector that scored it
     * @param probabilities one kissing probability per complete second
     * @param parameters    the parameters the scenes were segmented with
     * @param scenes        the scenes in time order
     * @param scoresFile    where the per-second probabilities are kept
     * @param fromCache     whether the probabilities came from that file rather than from a model run
     */
    public Detection(MovieInfo movie, ModelDescriptor model, float[] probabilities,
            SegmentationParameters parameters, List<Scene> scenes, Path scoresFile, boolean fromCache) {
        this(movie, model, probabilities, parameters, scenes, scoresFile, fromCache, List.of());
    }
}
