package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.RgbImage;

/**
 * Stills in the stream's own colours, checked against FFmpeg's conversion of the same picture (the ffmpeg command's
 * scale filter told the matrix) at the still's size: PSNR of at least 40 dB. HD colour bars show the difference
 * between BT.709 and the BT.601 swscale assumes by default: about 30 dB apart.
 */
class ColourConversionTest {

    private static final String BARS = "smptehdbars=s=1280x720:r=25";

    @TempDir
    Path folder;

    @Test
    void hdFlaggedBt709IsConvertedWithBt709() throws Exception {
        Path movie = FfmpegCommand.make(folder, "bt709.mkv", "-f", "lavfi", "-i", BARS, "-t", "1", "-c:v", "mpeg4",
                "-q:v", "1", "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
                "-color_range", "tv");

        RgbImage still = Movies.firstStill(movie);

        assertThat(psnr(still, oracle(movie, "bt709"))).isGreaterThanOrEqualTo(40);
        assertThat(psnr(still, oracle(movie, "bt601"))).as("not the BT.601 conversion").isLessThan(36);
    }

    @Test
    void hdThatSaysNothingIsBt709AsPlayersShowIt() throws Exception {
        Path movie = FfmpegCommand.make(folder, "unflagged.mp4", "-f", "lavfi", "-i", BARS, "-t", "1", "-c:v",
                "mpeg4", "-q:v", "1");

        assertThat(psnr(Movies.firstStill(movie), oracle(movie, "bt709"))).isGreaterThanOrEqualTo(40);
    }

    @Test
    void tenBitSourcesAreConvertedAsWell() throws Exception {
        Path prores = FfmpegCommand.make(folder, "prores.mov", "-f", "lavfi", "-i", BARS, "-t", "1", "-c:v",
                "prores_ks", "-profile:v", "2", "-pix_fmt", "yuv422p10le", "-colorspace", "bt709", "-color_primaries",
                "bt709", "-color_trc", "bt709");
        Path hevc = FfmpegCommand.make(folder, "hevc10.mkv", "-f", "lavfi", "-i", BARS, "-t", "1", "-c:v", "libx265",
                "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error:lossless=1", "-colorspace", "bt709",
                "-color_primaries", "bt709", "-color_trc", "bt709");

        assertThat(psnr(Movies.firstStill(prores), oracle(prores, "bt709"))).isGreaterThanOrEqualTo(40);
        assertThat(psnr(Movies.firstStill(hevc), oracle(hevc, "bt709"))).isGreaterThanOrEqualTo(40);
    }

    @Test
    void sdThatSaysNothingIsBt601() throws Exception {
        Path movie = FfmpegCommand.make(folder, "sd.mp4", "-f", "lavfi", "-i", "smptebars=s=640x480:r=25", "-t", "1",
                "-c:v", "mpeg4", "-q:v", "1");

        assertThat(psnr(Movies.firstStill(movie), oracle(movie, "bt601"))).isGreaterThanOrEqualTo(40);
    }

    @Test
    void fullRangeJpegPicturesKeepTheirRange() throws Exception {
        Path movie = FfmpegCommand.make(folder, "full.mkv", "-f", "lavfi", "-i", "smptebars=s=640x480:r=25", "-t",
                "1", "-c:v", "mjpeg", "-q:v", "1", "-pix_fmt", "yuvj420p");

        assertThat(psnr(Movies.firstStill(movie), oracle(movie, "bt601"))).isGreaterThanOrEqualTo(40);
    }

    /** The first picture as the ffmpeg command converts it with that matrix, at the still's 256-line size. */
    private RgbImage oracle(Path movie, String matrix) throws Exception {
        RgbImage still = Movies.firstStill(movie);
        Path raw = FfmpegCommand.make(folder, movie.getFileName() + "." + matrix + ".rgb", "-i", movie.toString(),
                "-frames:v", "1", "-vf", "scale=" + still.width() + ":" + still.height() + ":flags=bilinear"
                        + ":in_color_matrix=" + matrix + ",format=rgb24", "-f", "rawvideo");
        return new RgbImage(still.width(), still.height(), Files.readAllBytes(raw));
    }

    static double psnr(RgbImage a, RgbImage b) {
        assertThat(b.pixels()).hasSameSizeAs(a.pixels());
        double squares = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            int difference = (a.pixels()[i] & 0xFF) - (b.pixels()[i] & 0xFF);
            squares += difference * difference;
        }
        double mse = squares / a.pixels().length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
