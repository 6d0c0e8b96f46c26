package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;

/**
 * Phone footage: the pictures are stored sideways with a display matrix, and the still is upright, as players show
 * it. The stored picture is black with a red box in its top-left corner. Where the box must land is where FFmpeg's own
 * player rotation puts it for the same file (checked with {@code ffmpeg -i FILE -frames:v 1}): Debian's ffmpeg 5.1
 * writes {@code rotate=90} as a matrix that turns the picture 90 degrees counterclockwise, box bottom left;
 * {@code rotate=270} turns it clockwise, box top right; {@code 180}, box bottom right.
 */
class DisplayRotationTest {

    @TempDir
    Path folder;

    @Test
    void aQuarterTurnGivesAnUprightPortraitStill() throws Exception {
        RgbImage clockwise = Movies.firstStill(rotated("270"));

        assertThat(clockwise.width()).as("portrait, 256 on the short side").isEqualTo(256);
        assertThat(clockwise.height()).isEqualTo(455);
        assertThat(red(clockwise, clockwise.width() - 20, 20)).as("top right").isTrue();
        assertThat(red(clockwise, 20, 20)).as("top left").isFalse();
        assertThat(red(clockwise, clockwise.width() - 20, clockwise.height() - 20)).as("bottom right").isFalse();

        RgbImage counterclockwise = Movies.firstStill(rotated("90"));
        assertThat(counterclockwise.width()).isEqualTo(256);
        assertThat(red(counterclockwise, 20, counterclockwise.height() - 20)).as("bottom left").isTrue();
        assertThat(red(counterclockwise, 20, 20)).as("top left").isFalse();
    }

    @Test
    void aHalfTurnPutsTheBoxBottomRight() throws Exception {
        RgbImage upsideDown = Movies.firstStill(rotated("180"));

        assertThat(upsideDown.width()).isEqualTo(455);
        assertThat(red(upsideDown, upsideDown.width() - 20, upsideDown.height() - 20)).as("bottom right").isTrue();
        assertThat(red(upsideDown, 20, 20)).as("top left").isFalse();
    }

    @Test
    void clipFramesAreTurnedUprightLikeTheStill() throws Exception {
        try (SampleStream stream = Movies.EXACT.open(rotated("270"), new ClipRequest(4, 112))) {
            RgbImage frame = stream.next().orElseThrow().clip().get(0);

            assertThat(frame.width()).isEqualTo(112);
            assertThat(frame.height()).isEqualTo(199);
            assertThat(red(frame, frame.width() - 8, 8)).as("top right").isTrue();
        }
    }

    @Test
    void theMovieReportsTheTurnSoMarkerFilesDescribeTheUprightPicture() throws Exception {
        try (SampleStream clockwise = Movies.EXACT.open(rotated("270"));
                SampleStream stored = Movies.EXACT.open(rotated(null))) {
            assertThat(clockwise.info().geometry()).isEqualTo(new PictureGeometry(1, 1, 90));
            assertThat(clockwise.info().uprightWidth() + "x" + clockwise.info().uprightHeight()).isEqualTo("180x320");
            assertThat(stored.info().geometry()).isEqualTo(PictureGeometry.SQUARE);
        }
    }

    @Test
    void withoutAMatrixThePictureStaysAsStored() throws Exception {
        RgbImage still = Movies.firstStill(rotated(null));

        assertThat(still.width()).isEqualTo(455);
        assertThat(red(still, 20, 20)).isTrue();
    }

    /** The box movie, its matrix set by a stream copy (re-encoding drops the rotate tag). */
    private Path rotated(String degrees) throws Exception {
        Path stored = FfmpegCommand.make(folder, "stored.mp4", "-f", "lavfi", "-i",
                "color=c=black:s=320x180:r=25,drawbox=x=0:y=0:w=80:h=45:color=red:t=fill", "-t", "2", "-c:v",
                "mpeg4", "-q:v", "2");
        if (degrees == null) {
            return stored;
        }
        return FfmpegCommand.make(folder, "phone-" + degrees + ".mp4", "-i", stored.toString(), "-c", "copy",
                "-metadata:s:v:0", "rotate=" + degrees);
    }

    private static boolean red(RgbImage image, int x, int y) {
        int at = (y * image.width() + x) * 3;
        return (image.pixels()[at] & 0xFF) > 160 && (image.pixels()[at + 1] & 0xFF) < 80;
    }
}
