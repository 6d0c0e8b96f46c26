package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.SegmentationParameters;

/** A scores file is read with bounded memory and checked against the movie it describes before it is believed. */
class ScoreFileReadingTest {

    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(2, 0.7, 0.5);
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    DetectionComponent service = new DetectionComponent(new Fakes.Decoder("0"), new Fakes.Features(), new Fakes.Model(),
            Fakes.segmenter(PARAMETERS), Fakes.configuration(4, 32, ""));

    @Test
    void aHugeFileIsNotAScoresFileAndIsNotReadIntoMemory() throws Exception {
        Path movie = folder.resolve("movie.mkv");
        try (RandomAccessFile sparse = new RandomAccessFile(movie.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> service.resegment(movie, PARAMETERS))
                .isInstanceOf(IOException.class).hasMessageContaining(movie + " is not a scores file"));
    }

    @Test
    void aSmallMovieIsNotAScoresFile() throws Exception {
        byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, (byte) 0xff, (byte) 0xd8};
        Path movie = Files.write(folder.resolve("clip.mp4"), mp4);

        assertThatThrownBy(() -> service.resegment(movie, PARAMETERS)).isInstanceOf(IOException.class)
                .hasMessage(movie + " is not a scores file: it is not text (binary data, such as a movie)");
    }

    @Test
    void aScoresFileWithAByteOrderMarkReads() throws Exception {
        Path file = Files.writeString(folder.resolve("bom.scores.json"), "\uFEFF" + json(1.5, 25, "0.5"));

        assertThat(service.resegment(file, PARAMETERS).probabilities()).containsExactly(0.5f);
    }

    @Test
    void aDeviceIsNotAScoresFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");

        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> service.resegment(zero, PARAMETERS))
                .isInstanceOf(IOException.class).hasMessageContaining("/dev/zero is not a scores file"));
    }

    @Test
    void aScoresFileWithoutTheNewerFieldsStillReads() throws Exception {
        Detection detection = service.resegment(scores("old", 5.4, 25, "0.1, 0.9, 0.9, 0.9, 0.1"), PARAMETERS);

        assertThat(detection.probabilities()).containsExactly(0.1f, 0.9f, 0.9f, 0.9f, 0.1f);
        assertThat(detection.movie().durationSeconds()).isEqualTo(5.4);
        assertThat(detection.scenes()).hasSize(1);
    }

    @Test
    void theModelsRecommendedThresholdTravelsWithItsScoresAndAnAbsurdOneIsRejected() throws Exception {
        Detection scored = service.resegment(scores("kinetics", 3, 25, "0.1, 0.4, 0.9"), PARAMETERS);
        Detection withThreshold = new Detection(scored.movie(), new ModelDescriptor("kinetics400-r3d34", "1", "clip",
                "cpu()", OptionalDouble.of(0.35)), scored.probabilities(), PARAMETERS, scored.scenes(), null, false);
        Path written = folder.resolve("written.scores.json");
        try (OutputStream out = Files.newOutputStream(written)) {
            service.writeScores(withThreshold, out);
        }

        assertThat(service.resegment(written, PARAMETERS).model().threshold()).hasValue(0.35);
        assertThat(scored.model().threshold()).isEmpty();
        assertRejected(Files.writeString(folder.resolve("certain.scores.json"), Files.readString(written)
                .replace("0.35", "1.5")), "model.threshold");
    }

    @Test
    void theMoviesStartTimecodeTravelsWithItsScoresAndAnAbsurdOneIsRejected() throws Exception {
        Detection scored = service.resegment(scores("camera", 3, 25, "0.1, 0.4, 0.9"), PARAMETERS);
        StartTimecode start = new StartTimecode(14, 23, 10, 5, 25, false);
        Detection withTimecode = new Detection(scored.movie().withStartTimecode(start), scored.model(),
                scored.probabilities(), PARAMETERS, scored.scenes(), null, false);
        Path written = folder.resolve("camera-written.scores.json");
        try (OutputStream out = Files.newOutputStream(written)) {
            service.writeScores(withTimecode, out);
        }

        assertThat(service.resegment(written, PARAMETERS).movie().startTimecode()).isEqualTo(start);
        assertRejected(Files.writeString(folder.resolve("late.scores.json"), Files.readString(written)
                .replace("14:23:10:05", "14:23:10:25")), "movie.startTimecode");
    }

    @Test
    void anAbsurdDurationIsRejectedNamingTheField() throws Exception {
        assertRejected(scores("huge", 1e308, 25, "0.1"), "durationSeconds");
        assertRejected(scores("negative", -5, 25, ""), "durationSeconds");
        assertRejected(scores("nan", "\"NaN\"", "25", ""), "durationSeconds");
        assertRejected(scores("eight-days", 8 * 86_400, 25, ""), "durationSeconds");
    }

    @Test
    void anAbsurdFrameRateIsRejectedNamingTheField() throws Exception {
        assertRejected(scores("still", 1, 0, "0.5"), "frameRate");
        assertRejected(scores("infinite", "1", "\"Infinity\"", "0.5"), "frameRate");
        assertRejected(scores("fast", 1, 1e9, "0.5"), "frameRate");
    }

    @Test
    void moreProbabilitiesThanSecondsAreRejected() throws Exception {
        assertRejected(scores("past-the-end", 2.5, 25, "0.9, 0.9, 0.9, 0.9, 0.9"), "probabilities");
    }

    @Test
    void aPictureWithoutPixelsIsRejectedNamingTheField() throws Exception {
        Path file = Files.writeString(folder.resolve("flat.scores.json"),
                json(1, 25, "0.5").replace("\"width\": 4", "\"width\": 0"));

        assertRejected(file, "width");
    }

    private void assertRejected(Path file, String field) {
        assertThatThrownBy(() -> service.resegment(file, PARAMETERS)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(field);
    }

    private Path scores(String name, double duration, double frameRate, String probabilities) throws IOException {
        return Files.writeString(folder.resolve(name + ".scores.json"), json(duration, frameRate, probabilities));
    }

    private Path scores(String name, String duration, String frameRate, String probabilities) throws IOException {
        return Files.writeString(folder.resolve(name + ".scores.json"), json(duration, frameRate, probabilities));
    }

    private static String json(double duration, double frameRate, String probabilities) {
        return json(Double.toString(duration), Double.toString(frameRate), probabilities);
    }

    /** A scores file as the first version wrote it. */
    private static String json(String duration, String frameRate, String probabilities) {
        return """
                {"format": "kissdetect-scores/1",
                 "movie": {"path": "/films/a.mp4", "size": 10, "modifiedMillis": 5, "durationSeconds": %s,
                           "frameRate": %s, "width": 4, "height": 2, "hasAudio": true},
                 "model": {"id": "fake", "version": "1", "variant": "both", "device": "cpu()"},
                 "probabilities": [%s]}
                """.formatted(duration, frameRate, probabilities);
    }
}
