package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.RgbImage;

/**
 * Interlaced footage: each picture holds two fields, two moments. Here the top field is white and the bottom one
 * black, the extreme of motion between fields; the still shows the field shown first, not the comb of both (a mid
 * grey once scaled).
 */
class InterlacedTest {

    @TempDir
    Path folder;

    @Test
    void theStillOfAnInterlacedPictureShowsTheFieldShownFirst() throws Exception {
        RgbImage topFirst = Movies.firstStill(fields("top-first.mpg", "+ildct+ilme", "1"));
        RgbImage bottomFirst = Movies.firstStill(fields("bottom-first.mpg", "+ildct+ilme", "0"));

        assertThat(topFirst.height()).isEqualTo(256);
        assertThat(mean(topFirst)).as("the top field alone: white").isGreaterThan(200);
        assertThat(mean(bottomFirst)).as("the bottom field alone: black").isLessThan(40);
    }

    @Test
    void aProgressivePictureIsScaledWhole() throws Exception {
        Path movie = fields("progressive.mpg", "-ildct-ilme", "1");

        assertThat(mean(Movies.firstStill(movie))).as("both lines: grey")
                .isBetween(90.0, 170.0);
    }

    /** 720x576 PAL whose even lines are white and odd lines black, MPEG-2 coded interlaced or not, top first or not. */
    private Path fields(String name, String flags, String topFirst) throws Exception {
        return FfmpegCommand.make(folder, name, "-f", "lavfi", "-i",
                "color=c=gray:s=720x576:r=25,format=yuv420p,geq=lum='if(mod(Y\\,2)\\,16\\,235)':cb=128:cr=128",
                "-t", "1", "-c:v", "mpeg2video", "-q:v", "2", "-flags", flags, "-top", topFirst);
    }

    private static double mean(RgbImage image) {
        long sum = 0;
        for (byte value : image.pixels()) {
            sum += value & 0xFF;
        }
        return (double) sum / image.pixels().length;
    }
}
