package org.kissdetect.train.internal;

import java.io.IOException;
import java.util.Arrays;

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
        SceneMetrics scenes = new SceneMetrics(0, 0, 0);
        for (int m = 0; m < test.movies().size(); m++) {
            int first = test.firstOf(m);
            LabelledMovie movie = test.movies().get(m);
            float[] own = Arrays.copyOfRange(probabilities, first, first + movie.size());
            scenes = Scoring.sum(scenes, Scoring.scenes(movie, own, segmenter, parameters));
        }
        return new TrainedNetwork(best, state, data.split(), seconds, scenes);
    }
}
