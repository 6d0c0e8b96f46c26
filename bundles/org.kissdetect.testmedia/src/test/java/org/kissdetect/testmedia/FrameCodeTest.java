package org.kissdetect.testmedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.kissdetect.api.decode.RgbImage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FrameCodeTest {

    @Property(tries = 200)
    void aCodeSurvivesScalingAndNoise(@ForAll @IntRange(min = 0, max = FrameCode.MAX_NUMBER) int number,
            @ForAll @IntRange(min = 64, max = 700) int width, @ForAll @IntRange(min = 64, max = 700) int height,
            @ForAll @IntRange(min = 80, max = 600) int scaledWidth) {
        // Test movies are at least 64 px, decoded stills at least 256 px: codes are never read from less.
        RgbImage picture = Pictures.frame(number, number / 25.0, width, height);
        int scaledHeight = Math.max(64, scaledWidth * height / width);

        RgbImage damaged = noisy(scaled(picture, scaledWidth, scaledHeight), new Random(number));

        assertThat(FrameCode.read(damaged)).isEqualTo(number);
    }

    @Property(tries = 100)
    void aWrongBitIsDetectedNotMisread(@ForAll @IntRange(min = 0, max = FrameCode.MAX_NUMBER) int number,
            @ForAll @IntRange(min = 0, max = 19) int bit) {
        RgbImage picture = Pictures.frame(number, 0, 200, 100);
        int column = bit % 5;
        int row = bit / 5;
        int codeHeight = 100 * FrameCode.CODE_HEIGHT_PERCENT / 100;
        for (int y = row * codeHeight / 4; y < (row + 1) * codeHeight / 4; y++) {
            for (int x = column * 40; x < (column + 1) * 40; x++) {
                for (int c = 0; c < 3; c++) {
                    int i = (y * 200 + x) * 3 + c;
                    picture.pixels()[i] = (byte) (255 - (picture.pixels()[i] & 0xFF));
                }
            }
        }
        assertThat(FrameCode.read(picture)).isEqualTo(-1);
    }

    /** Nearest-neighbour scaling: the crudest a decoder could do. */
    static RgbImage scaled(RgbImage image, int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int from = ((y * image.height() / height) * image.width() + x * image.width() / width) * 3;
                System.arraycopy(image.pixels(), from, pixels, (y * width + x) * 3, 3);
            }
        }
        return new RgbImage(width, height, pixels);
    }

    static RgbImage noisy(RgbImage image, Random random) {
        byte[] pixels = image.pixels().clone();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, (pixels[i] & 0xFF) + random.nextInt(61) - 30));
        }
        return new RgbImage(image.width(), image.height(), pixels);
    }
}
