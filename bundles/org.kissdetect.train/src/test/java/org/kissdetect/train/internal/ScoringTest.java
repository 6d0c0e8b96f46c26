package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;

class ScoringTest {

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecallOnKnownCounts() {
        Confusion confusion = new Confusion(8, 2, 4, 6);

        assertThat(confusion.precision()).isEqualTo(0.8);
        assertThat(confusion.recall()).isCloseTo(8.0 / 12, offset(1e-12));
        assertThat(confusion.f1()).isCloseTo(16.0 / 22, offset(1e-12));
        assertThat(confusion.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), offset(1e-12));
        assertThat(confusion.accuracy()).isCloseTo(14.0 / 20, offset(1e-12));
        assertThat(new Confusion(5, 0, 0, 7).f1()).isEqualTo(1.0);
    }

    @Test
    void ratiosWithNothingToCountAreZero() {
        assertThat(new Confusion(0, 0, 3, 9).precision()).isZero();
        assertThat(new Confusion(0, 0, 3, 9).f1()).isZero();
        assertThat(new Confusion(0, 2, 0, 9).recall()).isZero();
        assertThat(new Confusion(0, 0, 0, 0).accuracy()).isZero();
        assertThat(new SceneMetrics(0, 0, 0).precision()).isZero();
    }

    @Test
    void aProbabilityOfAtLeastOneHalfIsAKissingPrediction() {
        float[] probabilities = {0.5f, 0.49f, 0.9f, 0.1f, 0.7f, 0.2f};
        boolean[] kissing = {true, true, false, false, true, false};

        assertThat(Scoring.confusion(probabilities, kissing)).isEqualTo(new Confusion(2, 1, 1, 2));
        assertThat(Scoring.sum(new Confusion(1, 2, 3, 4), new Confusion(10, 20, 30, 40)))
                .isEqualTo(new Confusion(11, 22, 33, 44));
    }

    @Test
    void theLossIsTheMeanCrossEntropy() {
        assertThat(Scoring.loss(new float[] {0.8f, 0.25f}, new boolean[] {true, false}))
                .isCloseTo(-(Math.log(0.8) + Math.log(0.75)) / 2, offset(1e-6));
        assertThat(Scoring.loss(new float[] {0f}, new boolean[] {true})).isCloseTo(-Math.log(1e-7), offset(1e-6));
    }

    @Test
    void scenesMatchAtAnIntersectionOverUnionOfOneHalfOneToOne() {
        List<Scene> truth = List.of(new Scene(0, 9, 1), new Scene(30, 39, 1));
        List<Scene> found = List.of(new Scene(0, 4, 1), new Scene(5, 9, 1), new Scene(31, 45, 1));

        assertThat(Scoring.matches(truth, found)).as("half of a scene is IoU 0.5 once; 31..45 overlaps 9/16")
                .isEqualTo(2);
        assertThat(Scoring.matches(List.of(new Scene(0, 9, 1)), List.of(new Scene(5, 20, 1)))).isZero();
    }

    @Test
    void aMoviesScenesAreFoundBySegmentingItsAnnotatedSeconds() {
        int[] seconds = new int[50];
        boolean[] kissing = new boolean[50];
        float[] probabilities = new float[50];
        for (int k = 0; k < 50; k++) {
            seconds[k] = k;
            kissing[k] = k >= 5 && k <= 16;
            probabilities[k] = k >= 6 && k <= 17 || k >= 35 && k <= 46 ? 0.9f : 0.1f;
        }
        LabelledMovie movie = new LabelledMovie("m.mp4", Path.of("m.mp4"), seconds, kissing);

        SceneMetrics scenes = Scoring.scenes(movie, probabilities, RealServices.segmenter(),
                new SegmentationParameters(10, 0.7, 0.5));

        assertThat(scenes).isEqualTo(new SceneMetrics(1, 2, 1));
        assertThat(scenes.precision()).isEqualTo(0.5);
        assertThat(scenes.recall()).isEqualTo(1.0);
    }
}
