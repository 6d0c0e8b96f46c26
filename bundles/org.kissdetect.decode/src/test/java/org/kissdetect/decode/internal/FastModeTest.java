package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMovie;

/**
 * The fast mode skips work (the loop filter, frames nothing refers to) but its stills stay visually those of the
 * exact mode: at least 35 dB PSNR on the 224 x 224 centre the network sees, on every second of several movies,
 * and the same frame chosen (the frame code reads the same) with the same sound.
 */
class FastModeTest {

    static final double MIN_PSNR = 35;
    static final MovieDecoder FAST = Standalone.decoder("fast");

    @TempDir
    static Path folder;

    static Stream<Arguments> movies() {
        TestMovie base = TestMovie.small().withSeconds(10);
        return Stream.of(
                Arguments.of("h264 640x360 25 fps", base.withSize(640, 360)),
                Arguments.of("h264 1280x720 29.97 fps low bit rate", base.withSize(1280, 720).withSeconds(6)
                        .withFrameRate(30000.0 / 1001).withVideoBitRate(1_000_000)),
                Arguments.of("h264 480x270 variable", base.withSize(480, 270).withVariableFrameRate()),
                Arguments.of("mpeg4 640x360 avi", base.withSize(640, 360).withContainer("avi").withVideoCodec("mpeg4")),
                Arguments.of("mpeg4 B-frames 640x360 mkv", base.withSize(640, 360).withContainer("mkv")
                        .withVideoCodec("mpeg4").withBFrames(2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movies")
    void stillsStayVisuallyTheSame(String name, TestMovie movie) throws Exception {
        Path file = Movies.write(folder, name.replaceAll("\\W+", "-") + "." + movie.settings().container(), movie);

        List<SecondSample> exact = Movies.decodeAll(Movies.EXACT, file);
        List<SecondSample> fast = Movies.decodeAll(FAST, file);

        assertThat(fast).hasSameSizeAs(exact);
        Movies.assertAsWritten(movie, fast);
        for (int k = 0; k < exact.size(); k++) {
            assertThat(FrameCode.read(fast.get(k).still())).isEqualTo(FrameCode.read(exact.get(k).still()));
            assertThat(fast.get(k).audio()).isEqualTo(exact.get(k).audio());
            assertThat(psnr(centre(exact.get(k).still()), centre(fast.get(k).still())))
                    .as("PSNR of second %d (dB)", k).isGreaterThanOrEqualTo(MIN_PSNR);
        }
    }

    /** The 224 x 224 centre of a still, where the network looks. */
    static byte[] centre(RgbImage image) {
        int size = 224;
        int x0 = (image.width() - size) / 2;
        int y0 = (image.height() - size) / 2;
        byte[] crop = new byte[size * size * 3];
        for (int y = 0; y < size; y++) {
            System.arraycopy(image.pixels(), ((y0 + y) * image.width() + x0) * 3, crop, y * size * 3, size * 3);
        }
        return crop;
    }

    static double psnr(byte[] a, byte[] b) {
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            int d = (a[i] & 0xFF) - (b[i] & 0xFF);
            squares += d * d;
        }
        double mse = squares / a.length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
