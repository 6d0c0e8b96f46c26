package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMovie;

/**
 * A clip request: with each second the decoder delivers the frames that end with the still's frame, consecutive,
 * oldest first, at the requested short side, fewer near the film's start, and the stills and sound stay as they
 * were. Frames are identified by the frame code the test-media kit draws into each picture.
 */
class ClipDecodingTest {

    private static final ClipRequest SIXTEEN_AT_112 = new ClipRequest(16, 112);

    @TempDir
    static Path folder;

    static Stream<Arguments> movies() {
        TestMovie base = TestMovie.small().withSeconds(4);
        return Stream.of(
                Arguments.of("25 fps, 16 frames", base, SIXTEEN_AT_112),
                Arguments.of("25 fps, 32 frames: second 0 has only 25", base, new ClipRequest(32, 112)),
                Arguments.of("5 fps: 16 frames span 3.2 s", base.withFrameRate(5).withSeconds(5), SIXTEEN_AT_112),
                Arguments.of("29.97 fps 640x360, scaled down", base.withFrameRate(30000.0 / 1001).withSize(640, 360),
                        SIXTEEN_AT_112),
                Arguments.of("variable frame rate", base.withVariableFrameRate().withSeconds(5), SIXTEEN_AT_112),
                Arguments.of("no pictures in [2, 4): seconds 2 and 3 reuse", base.withSeconds(6)
                        .withPictureGap(2, 4), SIXTEEN_AT_112),
                Arguments.of("mpeg4 B-frames in mkv, reordered", base.withContainer("mkv").withVideoCodec("mpeg4")
                        .withBFrames(2), new ClipRequest(8, 224)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movies")
    void eachClipIsTheConsecutiveFramesEndingWithTheStill(String name, TestMovie movie, ClipRequest request)
            throws Exception {
        Path file = Movies.write(folder, name.replaceAll("\\W+", "-") + "." + movie.settings().container(), movie);

        List<SecondSample> seconds = decodeAll(Movies.EXACT, file, request);

        Movies.assertAsWritten(movie, seconds);
        for (SecondSample second : seconds) {
            int still = movie.expectedStill(second.second()).frame();
            List<Integer> expected = IntStream.rangeClosed(Math.max(0, still - request.frames() + 1), still)
                    .boxed().toList();
            assertThat(codes(second.clip())).as("frames of second %d's clip", second.second())
                    .isEqualTo(expected);
            assertThat(second.clip()).allSatisfy(frame -> assertThat(Math.min(frame.width(), frame.height()))
                    .isEqualTo(request.shortSide()));
        }
    }

    @Test
    void nearTheStartAClipHasTheFramesThereAreNeverPadding() throws Exception {
        TestMovie movie = TestMovie.small().withFrameRate(5).withSeconds(5);
        Path file = Movies.write(folder, "five-fps.mp4", movie);

        List<SecondSample> seconds = decodeAll(Movies.EXACT, file, SIXTEEN_AT_112);

        assertThat(seconds).extracting(second -> second.clip().size()).containsExactly(5, 10, 15, 16, 16);
    }

    @Test
    void aSecondThatReusesItsStillReusesItsClip() throws Exception {
        TestMovie movie = TestMovie.small().withSeconds(5).withPictureGap(2, 4);
        Path file = Movies.write(folder, "gap.mp4", movie);

        List<SecondSample> seconds = decodeAll(Movies.EXACT, file, SIXTEEN_AT_112);

        assertThat(seconds.get(2).frameReused()).isTrue();
        assertThat(seconds.get(2).clip()).isEqualTo(seconds.get(1).clip());
        assertThat(seconds.get(3).clip()).isEqualTo(seconds.get(1).clip());
        assertThat(seconds.get(4).frameReused()).isFalse();
    }

    @Test
    void atTheStillsSizeTheLastClipFrameIsTheStillPixelForPixel() throws Exception {
        Path file = Movies.write(folder, "still-size.mp4", TestMovie.small().withSize(320, 180));

        List<SecondSample> seconds = decodeAll(Movies.EXACT, file, new ClipRequest(4, PictureScaler.STILL_SHORT_SIDE));

        assertThat(seconds).isNotEmpty().allSatisfy(second -> {
            RgbImage last = second.clip().get(second.clip().size() - 1);
            assertThat(last.width()).isEqualTo(second.still().width());
            assertThat(last.height()).isEqualTo(second.still().height());
            assertThat(last.pixels()).isEqualTo(second.still().pixels());
        });
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(160, 90, 112, 199, 112),
                Arguments.of(160, 90, 224, 398, 224),
                Arguments.of(90, 160, 112, 112, 199),
                Arguments.of(90, 160, 224, 224, 398));
    }

    @ParameterizedTest(name = "{0}x{1} at short side {2}: {3}x{4}")
    @MethodSource("shapes")
    void clipFramesHaveTheRequestedShortSideAndTheMoviesShape(int width, int height, int shortSide, int clipWidth,
            int clipHeight) throws Exception {
        TestMovie movie = TestMovie.small().withSize(width, height).withSeconds(2);
        Path file = Movies.write(folder, "shape-" + width + "x" + height + ".mp4", movie);

        List<SecondSample> seconds = decodeAll(Movies.EXACT, file, new ClipRequest(16, shortSide));

        assertThat(seconds).hasSize(2).allSatisfy(second -> assertThat(second.clip()).hasSize(16)
                .allSatisfy(frame -> {
                    assertThat(frame.width()).isEqualTo(clipWidth);
                    assertThat(frame.height()).isEqualTo(clipHeight);
                }));
        assertThat(codes(seconds.get(1).clip())).isEqualTo(IntStream.rangeClosed(34, 49).boxed().toList());
    }

    /** The fast mode skips B-frames that cannot be a still; with a clip request it decodes them all. */
    @Test
    void aFastDecoderDecodesEveryFrameOfAClipMovie() throws Exception {
        TestMovie movie = TestMovie.small().withSeconds(4).withContainer("mkv").withVideoCodec("mpeg4")
                .withBFrames(2);
        Path file = Movies.write(folder, "fast.mkv", movie);

        List<SecondSample> seconds = decodeAll(FastModeTest.FAST, file, SIXTEEN_AT_112);

        Movies.assertAsWritten(movie, seconds);
        for (SecondSample second : seconds) {
            int still = movie.expectedStill(second.second()).frame();
            assertThat(codes(second.clip())).isEqualTo(IntStream.rangeClosed(still - 15, still).boxed().toList());
        }
    }

    @Test
    void withoutAClipRequestSecondsCarryNoClipAndNothingIsKept() throws Exception {
        Path file = Movies.write(folder, "no-clip.mp4", TestMovie.small());

        try (FfmpegSampleStream stream = (FfmpegSampleStream) Movies.EXACT.open(file)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                assertThat(next.get().clip()).isEmpty();
                assertThat(stream.retainedClipFrames()).isZero();
            }
        }
    }

    @Test
    void aMissingClipRequestIsRefusedNamingTheMovie() throws Exception {
        Path file = Movies.write(folder, "refused.mp4", TestMovie.small());

        assertThatThrownBy(() -> Movies.EXACT.open(file, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no clip request").hasMessageContaining(file.toString());
    }

    @Test
    void aFileThatIsNoMovieFailsAsWithoutAClip() {
        Path missing = folder.resolve("missing.mp4");

        assertThatThrownBy(() -> Movies.EXACT.open(missing, SIXTEEN_AT_112)).isInstanceOf(MediaException.class)
                .hasMessageContaining(missing.toString());
    }

    static List<SecondSample> decodeAll(MovieDecoder decoder, Path file, ClipRequest request) throws MediaException {
        List<SecondSample> seconds = new ArrayList<>();
        try (SampleStream stream = decoder.open(file, request)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                seconds.add(next.get());
            }
        }
        return seconds;
    }

    static List<Integer> codes(List<RgbImage> clip) {
        return clip.stream().map(FrameCode::read).toList();
    }
}
