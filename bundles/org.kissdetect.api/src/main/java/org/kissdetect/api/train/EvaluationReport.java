package org.kissdetect.api.train;

import org.kissdetect.api.classify.ModelDescriptor;

/**
 * How well a model did on annotated movies.
 *
 * @param model   the model evaluated
 * @param split   the movies: {@code all}, {@code train}, {@code validation} or {@code test}
 * @param movies  how many movies were evaluated
 * @param seconds the per-second results (the paper's metric is their F1)
 * @param scenes  the scene-level results after segmentation, at intersection over union 0.5
 */
public record EvaluationReport(ModelDescriptor model, String split, int movies, Confusion seconds,
        SceneMetrics scenes) {
}
