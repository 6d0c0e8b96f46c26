package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** A detection describes the movie as it was decoded, and passes on what the decoder had to say about it. */
class DecodedMovieTest {

    private static final String FILM = "0000011111111110000000111111111111000";
    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Fakes.Decoder decoder = new Fakes.Decoder(FILM);
    DetectionComponent service;
    DetectionRequest request;

    @BeforeEach
    void pipeline() throws Exception {
        Path movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        request = new DetectionRequest(movie, Fakes.modelDirectory(folder.resolve("model"), "aaaa"), PARAMETERS);
        service = new DetectionComponent(decoder, new Fakes.Features(), new Fakes.Model(), Fakes.segmenter(PARAMETERS),
                Fakes.configuration(4, 32, folder.resolve("cache").toString()));
    }

    @Test
    void aMovieThatEndsBeforeItsDeclaredDurationLastsWhatWasDecoded() throws Exception {
        decoder.declaredSeconds = 30.5;
        decoder.stopAfterSeconds = 14;

        Detection detection = service.detect(request, p -> { }, () -> false);

        assertThat(detection.probabilities()).hasSize(14);
        assertThat(detection.movie().durationSeconds()).isEqualTo(14);
        assertThat(service.resegment(detection.scoresFile(), PARAMETERS).movie().durationSeconds()).isEqualTo(14);
    }

    @Test
    void aMovieLongerThanDeclaredLastsWhatWasDecoded() throws Exception {
        decoder.declaredSeconds = 10.2;

        assertThat(service.detect(request, p -> { }, () -> false).movie().durationSeconds()).isEqualTo(37);
    }

    @Test
    void aDeclaredDurationThatMatchesTheDecodedSecondsIsKept() throws Exception {
        decoder.declaredSeconds = 37.6;

        assertThat(service.detect(request, p -> { }, () -> false).movie().durationSeconds()).isEqualTo(37.6);
    }

    @Test
    void theDecodersWarningsReachTheDetectionTheScoresFileAndLaterRuns() throws Exception {
        String damage = "1525 damaged packets skipped between 00:00:03 and 00:00:07";
        String gap = "a gap of 7200 s in the timestamps after 00:00:20";
        decoder.warnings.add(damage);
        decoder.warnings.add(gap);

        Detection detection = service.detect(request, p -> { }, () -> false);

        assertThat(detection.warnings()).containsExactly(damage, gap);
        assertThat(service.resegment(detection.scoresFile(), PARAMETERS).warnings()).containsExactly(damage, gap);
        Detection cached = service.detect(request, p -> { }, () -> false);
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.warnings()).containsExactly(damage, gap);
    }

    @Test
    void theShotCutsDecodingFoundReachTheDetectionAndComeBackFromTheScoresFile() throws Exception {
        decoder.shotCuts.addAll(List.of(2.4, 7.92));

        Detection detected = service.detect(request, p -> { }, () -> false);
        Detection cached = service.detect(request, p -> { }, () -> false);

        assertThat(detected.movie().shotCuts()).containsExactly(2.4, 7.92);
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.movie().shotCuts()).containsExactly(2.4, 7.92);
        assertThat(service.resegment(detected.scoresFile(), PARAMETERS).movie().shotCuts()).containsExactly(2.4, 7.92);
    }

    @Test
    void thousandsOfWarningsAreSummarised() throws Exception {
        for (int i = 0; i < 5000; i++) {
            decoder.warnings.add("damaged packet " + i);
        }

        Detection detection = service.detect(request, p -> { }, () -> false);

        assertThat(detection.warnings()).hasSize(Warnings.MAX_SHOWN).startsWith("damaged packet 0")
                .endsWith("and 4901 more warnings");
        assertThat(service.resegment(detection.scoresFile(), PARAMETERS).warnings()).hasSize(Warnings.MAX_SHOWN);
    }
}
