package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.RangeScores;
import org.kissdetect.api.detect.SecondRange;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.segment.SegmentationParameters;

/**
 * Ranges of a movie scored apart join into a whole detection's probabilities, with a classifier whose numbers
 * depend on the batch a second is classified in (as libtorch's may): the batches must be the detection's own.
 */
class RangeScoringTest {

    private static final String FILM = "0000011111111110000000111111111111000";
    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path cache;
    Path movie;
    Path modelDirectory;
    Fakes.Decoder decoder = new Fakes.Decoder(FILM);
    BatchSensitiveModel model = new BatchSensitiveModel();

    @BeforeEach
    void movieAndModel() throws Exception {
        cache = folder.resolve("cache");
        movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        modelDirectory = Fakes.modelDirectory(folder.resolve("model"), "aaaa");
    }

    @Test
    void rangesJoinIntoTheWholeDetectionsProbabilities() throws Exception {
        for (int batch : new int[] {0, 5}) {
            DetectionComponent service = service(batch, 2);
            // A cache of its own: the score cache does not tell batch sizes apart.
            cache = folder.resolve("cache-" + batch);
            float[] whole = service(batch, 32).detect(new DetectionRequest(movie, modelDirectory, PARAMETERS),
                    p -> { }, () -> false).probabilities();

            float[] joined = join(score(service, 0, 6), score(service, 6, 13), score(service, 13, 13),
                    score(service, 13, SecondRange.TO_THE_END));

            assertThat(joined).as("batches of %d", batch).containsExactly(whole);
        }
    }

    @Test
    void scoresAreThoseOfTheWholeDetectionsBatchesNotOfTheRange() throws Exception {
        float[] whole = service(4, 32).detect(new DetectionRequest(movie, modelDirectory, PARAMETERS), p -> { },
                () -> false).probabilities();

        RangeScores middle = service(4, 2).score(movie, modelDirectory, new SecondRange(6, 9), () -> false);

        assertThat(middle.probabilities()).containsExactly(whole[6], whole[7], whole[8]);
        assertThat(model.batchStarts).containsExactly(0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 4, 8);
        assertThat(middle.reachedTheEnd()).isFalse();
        assertThat(middle.modelContent()).isEqualTo(ScoreKeys.modelContent(modelDirectory));
        assertThat(middle.model().id()).isEqualTo("fake");
    }

    @Test
    void decodingStopsOnceTheBatchHoldingTheRangesLastSecondIsClassified() throws Exception {
        service(4, 2).score(movie, modelDirectory, new SecondRange(5, 7), () -> false);

        assertThat(model.batchStarts).containsExactly(4);
        // Seconds 0 to 7, and what the queue of 2 and the decoding thread took on meanwhile.
        assertThat(decoder.decoded.get()).isLessThanOrEqualTo(8 + 2 + 1);
        assertThat(decoder.closed.get()).isEqualTo(1);
    }

    @Test
    void anEmptyRangeTellsTheMovieAndTheModelAndClassifiesNothing() throws Exception {
        RangeScores probe = service(4, 2).score(movie, modelDirectory, new SecondRange(20, 20), () -> false);

        assertThat(probe.probabilities()).isEmpty();
        assertThat(probe.model()).isEqualTo(model.model());
        assertThat(probe.movie().durationSeconds()).isEqualTo(FILM.length() + 0.5);
        assertThat(model.batchStarts).isEmpty();
        assertThat(decoder.decoded.get()).isZero();
        assertThat(decoder.closed.get()).isEqualTo(1);
    }

    @Test
    void aRangeBeyondTheEndHasNoSecondsAndTheLastRangeEndsWithTheFilm() throws Exception {
        DetectionComponent service = service(4, 2);

        RangeScores beyond = service.score(movie, modelDirectory, new SecondRange(FILM.length() + 3, 100),
                () -> false);
        RangeScores last = service.score(movie, modelDirectory, new SecondRange(30, 100), () -> false);

        assertThat(beyond.probabilities()).isEmpty();
        assertThat(beyond.reachedTheEnd()).isTrue();
        assertThat(last.probabilities()).hasSize(FILM.length() - 30);
        assertThat(last.reachedTheEnd()).isTrue();
    }

    @Test
    void aCancelledRangeStopsAndKeepsNothing() throws Exception {
        decoder.millisPerSecond = 5;
        DetectionComponent service = service(4, 2);

        assertThatThrownBy(() -> service.score(movie, modelDirectory, SecondRange.from(0),
                () -> model.batchStarts.size() >= 2)).isInstanceOf(DetectionCancelledException.class);

        assertThat(decoder.closed.get()).isEqualTo(1);
        assertThat(cache).doesNotExist();
    }

    @Test
    void nothingIsReadFromOrWrittenToTheScoreCache() throws Exception {
        DetectionComponent service = service(4, 32);
        service.detect(new DetectionRequest(movie, modelDirectory, PARAMETERS), p -> { }, () -> false);
        List<Path> cached;
        try (Stream<Path> files = Files.list(cache)) {
            cached = files.toList();
        }
        model.batchStarts.clear();

        service.score(movie, modelDirectory, SecondRange.from(0), () -> false);

        assertThat(model.batchStarts).hasSize(10);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(cached);
        }
    }

    private RangeScores score(DetectionComponent service, int first, int end) throws Exception {
        RangeScores scores = service.score(movie, modelDirectory, new SecondRange(first, end), () -> false);
        assertThat(scores.range()).isEqualTo(new SecondRange(first, end));
        return scores;
    }

    private static float[] join(RangeScores... ranges) {
        int length = 0;
        for (RangeScores range : ranges) {
            length += range.probabilities().length;
        }
        float[] joined = new float[length];
        int at = 0;
        for (RangeScores range : ranges) {
            System.arraycopy(range.probabilities(), 0, joined, at, range.probabilities().length);
            at += range.probabilities().length;
        }
        return joined;
    }

    private DetectionComponent service(int batch, int queue) {
        return new DetectionComponent(decoder, new Fakes.Features(), model, Fakes.segmenter(PARAMETERS),
                Fakes.configuration(batch, queue, cache.toString()));
    }

    /** Probabilities that tell the batch a second was classified in, as a batch-dependent engine's might. */
    static final class BatchSensitiveModel implements Classifier, ClassifierFactory {
        final List<Integer> batchStarts = new CopyOnWriteArrayList<>();
        final AtomicInteger opened = new AtomicInteger();

        @Override
        public ModelDescriptor model() {
            return new ModelDescriptor("fake", "1", "both", "cpu()");
        }

        @Override
        public int batchSize() {
            return 4;
        }

        @Override
        public float[] kissingProbabilities(List<ModelInput> batch) {
            int start = batch.get(0).second();
            batchStarts.add(start);
            float[] p = new float[batch.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = (batch.get(i).image()[0] > 0 ? 0.8f : 0.1f) + start / 1000f + batch.size() / 100_000f;
            }
            return p;
        }

        @Override
        public Classifier open(Path directory) {
            opened.incrementAndGet();
            return this;
        }

        @Override
        public void close() {
            // shared by the test's runs
        }

        @Override
        public java.util.Optional<org.kissdetect.api.features.ClipPreprocessing> clipInput(Path directory) {
            return java.util.Optional.empty();
        }

        @Override
        public ModelDescriptor describe(Path directory) {
            return model();
        }
    }
}
