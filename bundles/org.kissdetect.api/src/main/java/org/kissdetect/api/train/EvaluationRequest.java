package org.kissdetect.api.train;

import java.nio.file.Path;
import java.util.Set;

import org.kissdetect.api.segment.SegmentationParameters;

/**
 * What to evaluate: a model on the annotated seconds of some movies.
 *
 * @param model        the model directory
 * @param annotations  the annotation file
 * @param split        which movies: {@code all}, or {@code train}, {@code validation} or {@code test} of the split
 *                     that training with the same seed made
 * @param seed         the seed of that split
 * @param segmentation how seconds are joined into scenes for the scene-level results
 */
public record EvaluationRequest(Path model, Path annotations, String split, long seed,
        SegmentationParameters segmentation) {

    /** Checks that every part is present and the split is known. */
    public EvaluationRequest {
        if (model == null || annotations == null || segmentation == null) {
            throw new IllegalArgumentException("an evaluation needs a model, annotations and segmentation parameters");
        }
        if (!Set.of("all", "train", "validation", "test").contains(split)) {
            throw new IllegalArgumentException("split must be all, train, validation or test, got " + split);
        }
    }
}
