package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

class DetectionComponentTest {

    private static final String FILM = "0000011111111110000000111111111111000";
    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path movie;
    Path cache;
    Path modelDirectory;
    Fakes.Decoder decoder = new Fakes.Decoder(FILM);
    Fakes.Features features = new Fakes.Features();
    Fakes.Model model = new Fakes.Model();

    @BeforeEach
    void movieOnDisk() throws Exception {
        movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        cache = folder.resolve("cache");
        modelDirectory = Fakes.modelDirectory(folder.resolve("model"), "aaaa");
    }

    @Test
    void detectsTheScenesSecondBySecond() throws Exception {
        Detection detection = service(4).detect(request(), p -> { }, () -> false);

        assertThat(detection.probabilities()).hasSize(FILM.length());
        assertThat(detection.probabilities()[5]).isEqualTo(0.9f);
        assertThat(detection.probabilities()[4]).isEqualTo(0.1f);
        assertThat(detection.scenes()).extracting(Scene::start, Scene::end)
                .containsExactly(tuple(5, 14), tuple(22, 33));
        assertThat(detection.fromCache()).isFalse();
        assertThat(detection.scoresFile()).exists().startsWith(cache);
        assertThat(decoder.closed).hasValue(1);
    }

    @Test
    void aSecondDetectionReusesFreshScoresWithoutRunningTheModel() throws Exception {
        DetectionComponent service = service(4);
        service.detect(request(), p -> { }, () -> false);
        int calls = model.calls.get();

        Detection again = service.detect(request(), p -> { }, () -> false);

        assertThat(again.fromCache()).isTrue();
        assertThat(model.calls).hasValue(calls);
        assertThat(service.cached(request())).get().extracting(Detection::scenes).isEqualTo(again.scenes());
    }

    @Test
    void theMovieIsDecodedWhileTheModelLoads() throws Exception {
        List<Integer> decodedWhenLoaded = new CopyOnWriteArrayList<>();
        model.whileLoading = () -> {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (decoder.decoded.get() < 8 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            decodedWhenLoaded.add(decoder.decoded.get());
        };

        Detection detection = service(4).detect(request(), p -> { }, () -> false);

        assertThat(decodedWhenLoaded).singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(8);
        assertThat(detection.probabilities()).hasSize(FILM.length());
    }

    @Test
    void freshScoresAreUsedWithoutLoadingTheModel() throws Exception {
        DetectionComponent service = service(4);
        service.detect(request(), p -> { }, () -> false);

        Detection again = service.detect(request(), p -> { }, () -> false);

        assertThat(again.fromCache()).isTrue();
        assertThat(model.opened).hasValue(1);
    }

    @Test
    void aChangedMovieOrModelMakesTheScoresStale() throws Exception {
        DetectionComponent service = service(4);
        service.detect(request(), p -> { }, () -> false);

        Files.setLastModifiedTime(movie, FileTime.fromMillis(Files.getLastModifiedTime(movie).toMillis() + 5000));
        assertThat(service.cached(request())).isEmpty();
        assertThat(service.detect(request(), p -> { }, () -> false).fromCache()).isFalse();

        Fakes.modelDirectory(modelDirectory, "bbbb");
        assertThat(service.cached(request())).isEmpty();
    }

    @Test
    void aMovieRewrittenWithTheSameSizeAndTimeMakesTheScoresStale() throws Exception {
        DetectionComponent service = service(4);
        service.detect(request(), p -> { }, () -> false);
        FileTime time = Files.getLastModifiedTime(movie);

        Files.writeString(movie, "another movie");
        Files.setLastModifiedTime(movie, time);

        assertThat(service.cached(request())).isEmpty();
    }

    @Test
    void resegmentingAScoresFileRunsNoModel() throws Exception {
        DetectionComponent service = service(4);
        Path scores = service.detect(request(), p -> { }, () -> false).scoresFile();
        int calls = model.calls.get();

        Detection strict = service.resegment(scores, new SegmentationParameters(11, 0.7, 0.5));

        assertThat(strict.scenes()).extracting(Scene::start).containsExactly(22);
        assertThat(model.calls).hasValue(calls);
    }

    @Test
    void aBrokenScoresFileIsAClearError() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.scores.json"), "{\"format\":\"something else\"}");

        assertThatThrownBy(() -> service(4).resegment(broken, PARAMETERS)).hasMessageContaining("broken.scores.json");
        assertThatThrownBy(() -> service(4).resegment(folder.resolve("absent.json"), PARAMETERS))
                .hasMessageContaining("absent.json");
    }

    @Test
    void cancellingStopsWithinASecondClosesTheDecoderAndWritesNoScores() throws Exception {
        decoder.millisPerSecond = 50;
        AtomicBoolean cancel = new AtomicBoolean();
        List<DetectionProgress> reports = new CopyOnWriteArrayList<>();

        long[] cancelledAt = new long[1];
        assertThatThrownBy(() -> service(4).detect(request(), p -> {
            reports.add(p);
            if (p.secondsDone() >= 8 && !cancel.get()) {
                cancelledAt[0] = System.nanoTime();
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(DetectionCancelledException.class);

        assertThat((System.nanoTime() - cancelledAt[0]) / 1e9).isLessThan(1.0);
        assertThat(decoder.closed).hasValue(1);
        assertThat(scoresFilesIn(cache)).isEmpty();
    }

    @Test
    void aDecodingFailureReachesTheCallerAndWritesNoScores() throws Exception {
        decoder.failAtSecond = 20;

        assertThatThrownBy(() -> service(4).detect(request(), p -> { }, () -> false))
                .isInstanceOf(MediaException.class).hasMessageContaining("truncated packet").hasMessageContaining("film.mp4");
        assertThat(decoder.closed).hasValue(1);
        assertThat(scoresFilesIn(cache)).isEmpty();
    }

    @Test
    void aMissingMovieIsAMediaError() {
        assertThatThrownBy(() -> service(4).detect(new DetectionRequest(folder.resolve("none.mp4"), modelDirectory, PARAMETERS),
                p -> { }, () -> false)).isInstanceOf(MediaException.class).hasMessageContaining("no such file");
    }

    @Test
    void progressRisesToTheWholeFilm() throws Exception {
        List<DetectionProgress> reports = new CopyOnWriteArrayList<>();

        service(4).detect(request(), reports::add, () -> false);

        assertThat(reports).isNotEmpty();
        assertThat(reports).extracting(DetectionProgress::secondsDone).isSorted();
        assertThat(reports.get(reports.size() - 1).fraction()).isEqualTo(1.0);
    }

    @Test
    void decodingWaitsForASlowClassifierSoMemoryStaysBounded() throws Exception {
        model.millisPerBatch = 20;
        int queue = 4;
        List<Integer> backlog = new ArrayList<>();

        service(4, queue).detect(request(), p -> backlog.add(decoder.decoded.get() - model.classified.get()), () -> false);

        // decoded but not yet classified: at most the queue, the batch being built and the one in the decoder's hand
        assertThat(backlog).allSatisfy(b -> assertThat(b).isLessThanOrEqualTo(queue + 4 + 1));
    }

    @Test
    void severalMoviesAtOnceShareOneModel() throws Exception {
        DetectionComponent service = service(4);
        Path other = Files.writeString(folder.resolve("other.mp4"), "another movie");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Detection> first = pool.submit(() -> service.detect(request(), p -> { }, () -> false));
            Future<Detection> second = pool.submit(
                    () -> service.detect(new DetectionRequest(other, modelDirectory, PARAMETERS), p -> { }, () -> false));

            assertThat(first.get().probabilities()).containsExactly(second.get().probabilities());
            assertThat(first.get().scoresFile()).isNotEqualTo(second.get().scoresFile());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anImpossibleConfigurationIsRejectedNamingTheAttribute() {
        assertThatThrownBy(() -> new DetectionComponent(decoder, features, model, Fakes.segmenter(PARAMETERS), Fakes.configuration(0, 0, "")))
                .hasMessageContaining("org.kissdetect.detect").hasMessageContaining("queueSeconds");
    }

    /** Completed scores files; the seconds of an interrupted run are kept apart from them. */
    static List<Path> scoresFilesIn(Path cache) throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".scores.json")).toList();
        }
    }

    private DetectionRequest request() {
        return new DetectionRequest(movie, modelDirectory, PARAMETERS);
    }

    private DetectionComponent service(int batch) {
        return service(batch, 32);
    }

    private DetectionComponent service(int batch, int queue) {
        return new DetectionComponent(decoder, features, model, Fakes.segmenter(PARAMETERS), Fakes.configuration(batch, queue, cache.toString()));
    }
}
