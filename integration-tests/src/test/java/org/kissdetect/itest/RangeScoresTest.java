package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.RangeScores;
import org.kissdetect.api.detect.SecondRange;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * A film scored in ranges, as tasks of a cluster score it, through the real decoder (which seeks into the MP4) and
 * the demo model: the ranges' probabilities joined are the whole detection's, bit for bit.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class RangeScoresTest {

    private static final SyntheticFilm FILM = SyntheticFilm.of(70, 2029, new SecondSpan(14, 26),
            new SecondSpan(41, 52));

    @TempDir
    static Path folder;

    static Path model;
    static Path movie;
    static Detection whole;

    @BeforeAll
    static void detectTheWholeFilm(@InjectService(timeout = 30_000) DemoModel demo,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) DetectionService detector, @InjectService Segmenter segmenter)
            throws Exception {
        model = demo.ensure(demo.defaultDirectory(), new TrainingListener() {
        }, () -> false);
        movie = FILM.write(encoder, folder.resolve("long film.mp4"));
        whole = detector.detect(new DetectionRequest(movie, model, segmenter.parameters()), progress -> {
        }, () -> false);
    }

    @Test
    void rangesScoredApartJoinIntoTheWholeDetectionsProbabilities(
            @InjectService(timeout = 30_000) DetectionService detector) throws Exception {
        RangeScores first = detector.score(movie, model, new SecondRange(0, 20), () -> false);
        RangeScores second = detector.score(movie, model, new SecondRange(20, 45), () -> false);
        RangeScores last = detector.score(movie, model, SecondRange.from(45), () -> false);

        float[] joined = new float[first.probabilities().length + second.probabilities().length
                + last.probabilities().length];
        System.arraycopy(first.probabilities(), 0, joined, 0, 20);
        System.arraycopy(second.probabilities(), 0, joined, 20, 25);
        System.arraycopy(last.probabilities(), 0, joined, 45, last.probabilities().length);

        assertThat(whole.probabilities()).hasSize(FILM.seconds());
        assertThat(Arrays.equals(joined, whole.probabilities())).as("joined %s, whole %s", Arrays.toString(joined),
                Arrays.toString(whole.probabilities())).isTrue();
        assertThat(first.reachedTheEnd()).isFalse();
        assertThat(last.reachedTheEnd()).isTrue();
        assertThat(second.model()).isEqualTo(whole.model());
    }

    @Test
    void anEmptyRangeTellsTheMovieAndTheModelWithoutScoring(
            @InjectService(timeout = 30_000) DetectionService detector) throws Exception {
        RangeScores probe = detector.score(movie, model, new SecondRange(30, 30), () -> false);

        assertThat(probe.probabilities()).isEmpty();
        assertThat(probe.model().id()).isEqualTo(whole.model().id());
        assertThat(probe.model().version()).isEqualTo(whole.model().version());
        assertThat(probe.movie().file()).isEqualTo(movie);
        assertThat(probe.movie().durationSeconds()).isCloseTo(FILM.seconds(), within(0.5));
        assertThat(probe.movie().frameRate()).isEqualTo(whole.movie().frameRate());
    }

    @Test
    void aRangeStartingPastTheEndHasNoSeconds(@InjectService(timeout = 30_000) DetectionService detector)
            throws Exception {
        RangeScores beyond = detector.score(movie, model, new SecondRange(FILM.seconds() + 5, FILM.seconds() + 30),
                () -> false);

        assertThat(beyond.probabilities()).isEmpty();
        assertThat(beyond.reachedTheEnd()).isTrue();
    }
}
