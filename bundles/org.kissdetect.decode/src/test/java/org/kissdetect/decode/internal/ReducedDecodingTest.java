package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.SecondSample;

/**
 * With {@code decodeReduced}, codecs that can decode at a fraction of the size (FFmpeg's lowres) decode at the
 * smallest that keeps the stills' 256 px short side, and give the same seconds, still sizes and still times as a
 * full-size decode; codecs that cannot (H.264) are decoded whole. The stills are not close enough to ship it on:
 * at the 224 x 224 centre the network sees, they measured 24.4-32.8 dB PSNR against the full-size decode's on these
 * test patterns (sharp synthetic edges, where lowres' own decimation and its half-pixel offset show), under the
 * 35 dB the fast mode promises; so the option is off by default, and this test holds them to 20 dB, the same
 * picture rather than a neighbouring one of the moving pattern.
 */
class ReducedDecodingTest {

    private static final FfmpegDecoderComponent FULL_SIZE = new FfmpegDecoderComponent(
            DecodeSettings.of(Configurations.decoder("exact", 0, 30, "", -1, true, false)), null);
    private static final FfmpegDecoderComponent REDUCED = new FfmpegDecoderComponent(
            DecodeSettings.of(Configurations.decoder("exact", 0, 30, "", -1, true, true)), null);

    private static final double SAME_PICTURE_PSNR = 20;

    @TempDir
    static Path folder;

    static Stream<Arguments> movies() {
        return Stream.of(
                Arguments.of("MPEG-2 720p in MPEG-TS", "mpeg2-720p.ts", 1280, 720, 1,
                        new String[] {"-c:v", "mpeg2video", "-b:v", "8M"}),
                Arguments.of("MPEG-2 576i SD in MXF-like MPEG-PS", "mpeg2-sd.mpg", 720, 576, 1,
                        new String[] {"-c:v", "mpeg2video", "-b:v", "6M"}),
                Arguments.of("MJPEG 1080p", "mjpeg-1080p.avi", 1920, 1080, 2,
                        new String[] {"-c:v", "mjpeg", "-q:v", "3"}),
                Arguments.of("MPEG-4 part 2 1080p", "mpeg4-1080p.mkv", 1920, 1080, 2,
                        new String[] {"-c:v", "mpeg4", "-q:v", "3"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movies")
    void stillsDecodedReducedShowTheSamePictures(String name, String file, int width, int height,
            int halvings, String[] codec) throws Exception {
        Path movie = make(file, width, height, codec);

        Movies.Decoded full = Movies.decodeCounting(FULL_SIZE, movie);
        Movies.Decoded reduced = Movies.decodeCounting(REDUCED, movie);

        assertThat(full.halvings()).isZero();
        assertThat(reduced.halvings()).as("halvings").isEqualTo(halvings);
        assertThat(reduced.seconds()).hasSameSizeAs(full.seconds()).hasSizeGreaterThanOrEqualTo(3);
        for (int k = 0; k < full.seconds().size(); k++) {
            SecondSample whole = full.seconds().get(k);
            SecondSample small = reduced.seconds().get(k);
            assertThat(small.still().width()).isEqualTo(whole.still().width());
            assertThat(small.still().height()).isEqualTo(whole.still().height());
            assertThat(small.stillSeconds()).isEqualTo(whole.stillSeconds());
            assertThat(FastModeTest.psnr(FastModeTest.centre(whole.still()), FastModeTest.centre(small.still())))
                    .as("PSNR of second %d (dB)", k).isGreaterThanOrEqualTo(SAME_PICTURE_PSNR);
        }
    }

    @Test
    void h264IsDecodedWhole() throws Exception {
        Path movie = FfmpegCommand.make(folder, "h264.mp4", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25",
                "-t", "2", "-c:v", "libx264", "-preset", "ultrafast");

        assertThat(Movies.decodeCounting(REDUCED, movie).halvings()).isZero();
    }

    @Test
    void halvingsKeepTheShortSide() {
        assertThat(CodecContexts.reduction(3, 1920, 1080, 256)).isEqualTo(2);
        assertThat(CodecContexts.reduction(3, 720, 576, 256)).isEqualTo(1);
        assertThat(CodecContexts.reduction(3, 720, 480, 256)).isZero();
        assertThat(CodecContexts.reduction(3, 7680, 4320, 256)).isEqualTo(3);
        assertThat(CodecContexts.reduction(0, 1920, 1080, 256)).isZero();
        assertThat(CodecContexts.reduction(3, 1920, 1080, 0)).isZero();
    }

    private static Path make(String file, int width, int height, String[] codec) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-f", "lavfi", "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=25", "-f", "lavfi", "-i",
                "sine=f=440:sample_rate=48000", "-t", "4"));
        arguments.addAll(List.of(codec));
        arguments.addAll(List.of("-c:a", "mp2"));
        return FfmpegCommand.make(folder, file, arguments.toArray(String[]::new));
    }
}
