package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** An interrupted detection keeps the seconds it classified; the next run goes on from there. */
class ResumeTest {

    private static final String FILM = "0000011111111110000000111111111111000";
    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path cache;
    Path movie;
    Path modelDirectory;
    Fakes.Decoder decoder = new Fakes.Decoder(FILM);
    Fakes.Model model = new Fakes.Model();
    float[] uninterrupted;

    @BeforeEach
    void movieAndReference() throws Exception {
        cache = folder.resolve("cache");
        movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        modelDirectory = Fakes.modelDirectory(folder.resolve("model"), "aaaa");
        uninterrupted = service(folder.resolve("other-cache"), 60).detect(request(), p -> { }, () -> false)
                .probabilities();
        model.calls.set(0);
        model.classified.set(0);
        model.classifiedSeconds.clear();
    }

    @Test
    void aCancelledDetectionResumesWhereItStoppedAndGivesTheSameScores() throws Exception {
        DetectionComponent service = service(cache, 60);
        assertThatThrownBy(() -> service.detect(request(), p -> { }, () -> model.classified.get() >= 12))
                .isInstanceOf(DetectionCancelledException.class).hasMessageContaining("resumes");
        model.classifiedSeconds.clear();
        List<DetectionProgress> reports = new CopyOnWriteArrayList<>();

        Detection resumed = service.detect(request(), reports::add, () -> false);

        assertThat(model.classifiedSeconds).hasSize(FILM.length() - 12).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(12));
        assertThat(resumed.probabilities()).containsExactly(uninterrupted);
        assertThat(resumed.warnings()).anySatisfy(w -> assertThat(w).contains("resumed at 0:00:12"));
        assertThat(reports.get(0).resumedSeconds()).isEqualTo(12);
        assertThat(reports.get(0).secondsDone()).isEqualTo(12);
        assertThat(partialFiles()).isEmpty();
        assertThat(service.detect(request(), p -> { }, () -> false).fromCache()).isTrue();
    }

    @Test
    void keptSecondsComeBackBitForBit() throws Exception {
        ScoreStore store = new ScoreStore(cache);
        MovieFingerprint fingerprint = MovieFingerprint.of(movie);
        Random random = new Random(12);
        float[] awkward = new float[10_000];
        for (int i = 0; i < awkward.length; i++) {
            awkward[i] = i % 2 == 0 ? random.nextFloat() : Float.intBitsToFloat(random.nextInt(0x3f800000));
        }

        store.keepPartial(fingerprint, "c0ffee", awkward);

        assertThat(store.resumable(fingerprint, "c0ffee")).containsExactly(awkward);
    }

    @Test
    void aRunThatFailsIsResumedFromTheSecondsItHadDone() throws Exception {
        DetectionComponent service = service(cache, 60);
        model.failAtCall = 5;
        assertThatThrownBy(() -> service.detect(request(), p -> { }, () -> false))
                .isInstanceOf(ClassificationException.class);
        model.failAtCall = -1;
        model.classifiedSeconds.clear();

        Detection resumed = service.detect(request(), p -> { }, () -> false);

        assertThat(model.classifiedSeconds).hasSize(FILM.length() - 16);
        assertThat(resumed.probabilities()).containsExactly(uninterrupted);
    }

    @Test
    void theSecondsDoneAreKeptWhileTheRunGoesOnSoThatAKilledRunLosesLittle() throws Exception {
        AtomicBoolean keptWhileRunning = new AtomicBoolean();
        model.beforeEachBatch = () -> {
            if (model.classified.get() >= 8 && !partialFiles().isEmpty()) {
                keptWhileRunning.set(true);
            }
        };

        service(cache, 0).detect(request(), p -> { }, () -> false);

        assertThat(keptWhileRunning).isTrue();
    }

    @Test
    void theSecondsDoneServeNoOtherModel() throws Exception {
        DetectionComponent service = service(cache, 60);
        assertThatThrownBy(() -> service.detect(request(), p -> { }, () -> model.classified.get() >= 12))
                .isInstanceOf(DetectionCancelledException.class);
        Fakes.modelDirectory(modelDirectory, "bbbb");
        model.classifiedSeconds.clear();

        Detection retrained = service.detect(request(), p -> { }, () -> false);

        assertThat(model.classifiedSeconds).hasSize(FILM.length());
        assertThat(retrained.warnings()).noneSatisfy(w -> assertThat(w).contains("resumed"));
    }

    @Test
    void theSecondsDoneServeNoEditedMovie() throws Exception {
        DetectionComponent service = service(cache, 60);
        assertThatThrownBy(() -> service.detect(request(), p -> { }, () -> model.classified.get() >= 12))
                .isInstanceOf(DetectionCancelledException.class);
        Files.writeString(movie, "edited movie!");
        model.classifiedSeconds.clear();

        service.detect(request(), p -> { }, () -> false);

        assertThat(model.classifiedSeconds).hasSize(FILM.length());
    }

    private List<Path> partialFiles() {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial.json")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DetectionRequest request() {
        return new DetectionRequest(movie, modelDirectory, PARAMETERS);
    }

    private DetectionComponent service(Path scoreCache, int checkpointSeconds) {
        return new DetectionComponent(decoder, new Fakes.Features(), model, Fakes.segmenter(PARAMETERS),
                Fakes.configuration(4, 32, scoreCache.toString(), checkpointSeconds));
    }
}
