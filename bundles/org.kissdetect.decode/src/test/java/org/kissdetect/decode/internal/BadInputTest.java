package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.TestMovie;

/** Every broken file ends in a MediaException naming it, or in correct partial results with a warning. */
class BadInputTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path folder;
    static final TestMovie SIX_SECONDS = TestMovie.small().withSeconds(6);
    static Path indexAtEnd;
    static Path indexAtFront;

    @BeforeAll
    static void writeMovies() throws Exception {
        indexAtEnd = Movies.write(folder, "index-at-end.mp4", SIX_SECONDS);
        indexAtFront = Movies.write(folder, "index-at-front.mp4", SIX_SECONDS.withIndexAtFront(true));
    }

    @Test
    void aMissingFile() {
        assertFails(folder.resolve("absent.mp4"), "no such file");
    }

    @Test
    void anEmptyFile() throws Exception {
        assertFails(Files.createFile(folder.resolve("empty.mp4")), "the file is empty");
    }

    @Test
    void aFolder() {
        assertFails(folder, "not a regular file");
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[256 * 1024];
        new Random(7).nextBytes(noise);
        assertFails(Files.write(folder.resolve("noise.mp4"), noise), "not a movie FFmpeg can read");
    }

    @Test
    void aTextFile() throws Exception {
        assertFails(Files.writeString(folder.resolve("notes.mp4"), "Not a movie, just words.\n".repeat(200)),
                "not a movie FFmpeg can read");
    }

    @Test
    void aFileWithoutVideo() throws Exception {
        Path sound = Movies.write(folder, "sound-only.mp4", TestMovie.small().withoutVideo());
        assertFails(sound, "it has no video stream");
    }

    @Test
    void aTruncatedMp4WithItsIndexAtTheEndCannotBeOpened() throws Exception {
        assertFails(truncatedCopy(indexAtEnd, "half-index-at-end.mp4"), "not a movie FFmpeg can read");
    }

    @Test
    void aTruncatedMp4WithItsIndexAtTheFrontGivesItsFirstSecondsAndAWarning() throws Exception {
        Path half = truncatedCopy(indexAtFront, "half-index-at-front.mp4");

        Decoded decoded = decodeWithin(half);

        assertThat(decoded.seconds()).hasSizeBetween(1, 4);
        Movies.assertAsWritten(SIX_SECONDS, decoded.seconds(), decoded.seconds().size());
        assertThat(decoded.warnings()).anyMatch(w -> w.matches(
                "the movie ends at 00:00:0\\d\\.\\d{3} although its container declares 00:00:06\\.\\d{3}.*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mp4", "ts", "mkv"})
    void twoMegabytesOfGarbageInTheMiddleEndInPartialResultsOrAClearError(String container) throws Exception {
        TestMovie movie = SIX_SECONDS.withSize(640, 360).withContainer(container).withIndexAtFront(true);
        Path file = withGarbageInTheMiddle(Movies.write(folder, "garbage." + container, movie), 2_000_000);

        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Decoded decoded = decode(file);
                assertThat(decoded.seconds()).hasSizeLessThanOrEqualTo(movie.completeSeconds() + 1);
                for (int k = 0; k < decoded.seconds().size(); k++) {
                    assertThat(decoded.seconds().get(k).second()).isEqualTo(k);
                }
                assertThat(decoded.warnings()).filteredOn(w -> w.contains("damaged")).singleElement().asString()
                        .matches("\\d+ damaged packets or pictures were skipped or concealed (between"
                                + " \\d\\d:\\d\\d:\\d\\d\\.\\d{3} and|at) \\d\\d:\\d\\d:\\d\\d\\.\\d{3}.*");
            } catch (MediaException e) {
                assertThat(e.getMessage()).contains(file.toString());
            }
        });
    }

    static Path withGarbageInTheMiddle(Path movie, int length) throws Exception {
        byte[] bytes = Files.readAllBytes(movie);
        byte[] garbage = new byte[length];
        new Random(11).nextBytes(garbage);
        byte[] broken = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, broken, 0, bytes.length / 2);
        System.arraycopy(garbage, 0, broken, bytes.length / 2, length);
        System.arraycopy(bytes, bytes.length / 2, broken, bytes.length / 2 + length, bytes.length - bytes.length / 2);
        return Files.write(movie, broken);
    }

    @Test
    void aOneFrameVideoHasNoCompleteSecondAndSaysSo() throws Exception {
        Path one = Movies.write(folder, "one-frame.mp4", TestMovie.small().withFrameLimit(1).withSeconds(0.5));

        Decoded decoded = decodeWithin(one);

        assertThat(decoded.seconds()).isEmpty();
        assertThat(decoded.warnings()).anyMatch(w -> w.contains("shorter than one second"));
    }

    @Test
    void aThreeSecondVideoHasExactlyThreeSeconds() throws Exception {
        TestMovie three = TestMovie.small();
        Decoded decoded = decodeWithin(Movies.write(folder, "three.mp4", three));

        assertThat(decoded.seconds()).hasSize(3);
        Movies.assertAsWritten(three, decoded.seconds());
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void aContainerWhoseDurationLiesIsDecodedToItsRealEndWithAWarning() throws Exception {
        TestMovie mkv = TestMovie.small().withContainer("mkv");
        Path movie = Movies.write(folder, "liar.mkv", mkv);
        multiplyDeclaredDuration(movie, 10);

        Decoded decoded = decodeWithin(movie);

        assertThat(decoded.info().durationSeconds()).isGreaterThan(20);
        Movies.assertAsWritten(mkv, decoded.seconds());
        assertThat(decoded.warnings()).anyMatch(w -> w.contains("although its container declares"));
    }

    private static void assertFails(Path movie, String reason) {
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> decode(movie))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(movie.toString())
                .hasMessageContaining(reason));
    }

    record Decoded(org.kissdetect.api.decode.MovieInfo info, List<SecondSample> seconds, List<String> warnings) {
    }

    private static Decoded decodeWithin(Path movie) {
        return assertTimeoutPreemptively(BOUND, () -> decode(movie));
    }

    private static Decoded decode(Path movie) throws MediaException {
        List<SecondSample> seconds = new ArrayList<>();
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                seconds.add(next.get());
            }
            return new Decoded(stream.info(), seconds, stream.warnings());
        }
    }

    private static Path truncatedCopy(Path movie, String name) throws Exception {
        byte[] bytes = Files.readAllBytes(movie);
        return Files.write(folder.resolve(name), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Rewrites the Matroska segment's Duration element (ID 0x4489, an 8-byte float in milliseconds). */
    private static void multiplyDeclaredDuration(Path movie, int factor) throws Exception {
        byte[] bytes = Files.readAllBytes(movie);
        int at = indexOf(bytes, new byte[] {0x44, (byte) 0x89, (byte) 0x88});
        assertThat(at).as("Duration element").isPositive();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.putDouble(at + 3, buffer.getDouble(at + 3) * factor);
        Files.write(movie, bytes);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
