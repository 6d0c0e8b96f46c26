package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** A caller watches the one decoding pass of a detection: every second once, in order, on the decoding thread. */
class SecondObserverTest {

    private static final String FILM = "0000011111111110000000111111111111000";
    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path movie;
    Path modelDirectory;
    Fakes.Decoder decoder = new Fakes.Decoder(FILM);
    Fakes.Model model = new Fakes.Model();
    DetectionComponent service;
    List<Integer> seen = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void pipeline() throws Exception {
        movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        modelDirectory = Fakes.modelDirectory(folder.resolve("model"), "aaaa");
        service = new DetectionComponent(decoder, new Fakes.Features(), model, Fakes.segmenter(PARAMETERS),
                Fakes.configuration(4, 2, folder.resolve("cache").toString()));
    }

    @Test
    void theObserverSeesEverySecondOnceInOrderOnTheDecodingThreadInTheOnePass() throws Exception {
        Detection detection = service.detect(request(), p -> { }, () -> false, this::watch);

        assertThat(seen).hasSize(FILM.length()).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(detection.probabilities().length - 1);
        assertThat(threads).containsOnly("kissdetect-decode film.mp4");
        assertThat(decoder.decoded).as("seconds decoded").hasValue(FILM.length());
    }

    @Test
    void scoresFromTheCacheDecodeNothingAndShowNothing() throws Exception {
        service.detect(request(), p -> { }, () -> false);
        int decoded = decoder.decoded.get();

        Detection again = service.detect(request(), p -> { }, () -> false, this::watch);

        assertThat(again.fromCache()).isTrue();
        assertThat(seen).isEmpty();
        assertThat(decoder.decoded).hasValue(decoded);
    }

    @Test
    void aResumedRunShowsTheSecondsItDoesNotClassifyAgain() throws Exception {
        assertThatThrownBy(() -> service.detect(request(), p -> { }, () -> model.classified.get() >= 12))
                .isInstanceOf(DetectionCancelledException.class);

        Detection resumed = service.detect(request(), p -> { }, () -> false, this::watch);

        assertThat(resumed.warnings()).anySatisfy(w -> assertThat(w).contains("resumed"));
        assertThat(seen).hasSize(FILM.length()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void whatTheObserverThrowsEndsTheDetectionWithThatExceptionAndClosesTheDecoder() {
        IllegalStateException full = new IllegalStateException("no space left for stills");

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> service.detect(request(),
                p -> { }, () -> false, sample -> {
                    if (sample.second() == 7) {
                        throw full;
                    }
                })).isSameAs(full));
        assertThat(decoder.closed).hasValue(1);
        assertThat(decoder.decoded.get()).isLessThan(FILM.length());
    }

    private void watch(SecondSample sample) {
        seen.add(sample.second());
        threads.add(Thread.currentThread().getName());
    }

    private DetectionRequest request() {
        return new DetectionRequest(movie, modelDirectory, PARAMETERS);
    }
}
