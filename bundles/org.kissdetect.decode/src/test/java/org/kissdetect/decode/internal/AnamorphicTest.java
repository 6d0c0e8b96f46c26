package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;

/** Non-square pixels: the still has the picture's display aspect, as players show it, not its coded one. */
class AnamorphicTest {

    @TempDir
    Path folder;

    @Test
    void dvWithTenElevenPixelsIsShownNarrower() throws Exception {
        RgbImage still = still("dv.mkv", "720x480", "10/11");

        assertThat(still.height()).isEqualTo(256);
        assertThat(still.width()).as("720 x 10/11 = 654.5 display columns over 480 lines").isEqualTo(349);
    }

    @Test
    void theMovieReportsItsPixelShapeForMarkerFiles() throws Exception {
        Path movie = FfmpegCommand.make(folder, "dv.mkv", "-f", "lavfi", "-i", "testsrc=s=720x480:r=25", "-t", "1",
                "-vf", "setsar=10/11", "-c:v", "mpeg4", "-q:v", "4");
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            assertThat(stream.info().geometry()).isEqualTo(new PictureGeometry(10, 11, 0));
        }
    }

    @Test
    void hdvWithFourThirdsPixelsIsShownSixteenNine() throws Exception {
        RgbImage still = still("hdv.mkv", "1440x1080", "4/3");

        assertThat(still.height()).isEqualTo(256);
        assertThat(still.width()).as("1440 x 4/3 = 1920 display columns").isEqualTo(455);
    }

    private RgbImage still(String name, String size, String pixelAspect) throws Exception {
        Path movie = FfmpegCommand.make(folder, name, "-f", "lavfi", "-i", "testsrc=s=" + size + ":r=25", "-t", "1",
                "-vf", "setsar=" + pixelAspect, "-c:v", "mpeg4", "-q:v", "4");
        return Movies.firstStill(movie);
    }
}
