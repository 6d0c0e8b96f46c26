package org.kissdetect.train.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.classify.spi.TrainableNetwork;

/** Scores a run's best network on the held-out movies: per second, and per scene after segmentation. */
final class TestScoring {

    private final FeatureExtractor extractor;
    private final Segmenter segmenter;
    private final SegmentationParameters parameters;

    TestScoring(FeatureExtractor extractor, Segmenter segmenter, SegmentationParameters parameters) {
        this.extractor = extractor;
        this.segmenter = segmenter;
        this.parameters = parameters;
    }

    /**
     * Scores a network.
     *
     * @param best         the network to score, handed on in the result
     * @param state        the run's state
     * @param data         the dataset
     * @param testFeatures the test examples' frozen features, or {@code null} to run the whole network
     * @return the network with its results
     */
    TrainedNetwork score(TrainableNetwork best, TrainingState state, Dataset data, float[] testFeatures)
            throws IOException, ClassificationException {
        Part test = data.test();
        float[] probabilities = testFeatures == null ? WholeTrainee.probabilities(best, test, extractor)
                : testFeatures.length == 0 ? new float[0] : best.headProbabilities(testFeatures);
        Confusion seconds = Scoring.confusion(probabilities, test.labels(TrainingJob.all(test)));
        return new TrainedNetwork(best, state, data.split(), seconds, scenes(test.movies(), probabilities));
    }

    /**
     * The scene results over some movies.
     *
     * @param movies        the movies, in order
     * @param probabilities one probability per labelled second, movie after movie
     * @return the sum of each movie's scene counts
     */
    SceneMetrics scenes(List<LabelledMovie> movies, float[] probabilities) {
        SceneMetrics scenes = new SceneMetrics(0, 0, 0);
        int first = 0;
        for (LabelledMovie movie : movies) {
            float[] own = Arrays.copyOfRange(probabilities, first, first + movie.size());
            scenes = Scoring.sum(scenes, Scoring.scenes(movie, own, segmenter, parameters));
            first += movie.size();
        }
        return scenes;
    }
}
