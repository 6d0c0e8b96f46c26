package org.kissdetect.explain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.features.internal.FeatureExtractorComponent;

/** The picture recovered from what the real feature extractor made is, byte for byte, what it cropped. */
class ModelPictureTest {

    private static final ClipPreprocessing CLIP = new ClipPreprocessing(2, 128, 112, 1,
            new float[] {0.4345f, 0.4051f, 0.3775f}, new float[] {0.2768f, 0.2713f, 0.2737f});

    @Test
    void theClipsLastFrameIsItsCentreCrop() {
        RgbImage first = frame(170, 128, 1);
        RgbImage last = frame(170, 128, 2);
        SecondSample sample = new SecondSample(4, 4.96, FakeMovies.still(4), new float[15_360], false, false,
                List.of(first, last));

        ModelInput input = new FeatureExtractorComponent().extract(sample, CLIP);
        RgbImage picture = ModelPicture.lastClipFrame(input, CLIP);

        assertThat(picture.width()).isEqualTo(112);
        assertThat(picture.pixels()).isEqualTo(crop(last, 112));
        assertThat(ModelPicture.still(input).pixels()).isEqualTo(crop(FakeMovies.still(4), 224));
    }

    private static RgbImage frame(int width, int height, int seed) {
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 13 + seed * 101 + i / 300);
        }
        return new RgbImage(width, height, pixels);
    }

    /** torchvision's CenterCrop: offsets rounded half to even. */
    static byte[] crop(RgbImage image, int side) {
        int left = (int) Math.rint((image.width() - side) / 2.0);
        int top = (int) Math.rint((image.height() - side) / 2.0);
        byte[] pixels = new byte[side * side * 3];
        for (int y = 0; y < side; y++) {
            System.arraycopy(image.pixels(), ((top + y) * image.width() + left) * 3, pixels, y * side * 3, side * 3);
        }
        return pixels;
    }
}
