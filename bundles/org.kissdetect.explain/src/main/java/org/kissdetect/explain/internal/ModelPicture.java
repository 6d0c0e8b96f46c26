package org.kissdetect.explain.internal;

import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;

/**
 * The picture a model saw, recovered from its input tensor: the feature extractor rounds every resized pixel to 8
 * bits before it normalises it, so undoing the normalisation and rounding gives back those bytes exactly, with the
 * crop and the resampling the extractor applied (no second copy of its rules here).
 */
final class ModelPicture {

    /** torchvision's ImageNet normalisation, which {@link ModelInput#image()} is documented to carry. */
    private static final float[] IMAGENET_MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] IMAGENET_STD = {0.229f, 0.224f, 0.225f};
    private static final int STILL_SIDE = 224;

    private ModelPicture() {
    }

    /** @return the still's 224 x 224 centre crop as the 2D networks see it */
    static RgbImage still(ModelInput input) {
        return picture(input.image(), 0, STILL_SIDE, IMAGENET_MEAN, IMAGENET_STD, 1);
    }

    /** @return the clip's last frame (the second's still) at the clip's crop size */
    static RgbImage lastClipFrame(ModelInput input, ClipPreprocessing clip) {
        int side = clip.crop();
        int frame = side * side;
        int channel = clip.frames() * frame;
        if (input.clip().length != 3 * channel) {
            throw new IllegalArgumentException("second " + input.second() + " has a clip of " + input.clip().length
                    + " values, expected " + 3 * channel);
        }
        return picture(input.clip(), (clip.frames() - 1) * frame, side, clip.mean(), clip.std(), clip.valueScale(),
                channel);
    }

    private static RgbImage picture(float[] values, int offset, int side, float[] mean, float[] std, float scale) {
        return picture(values, offset, side, mean, std, scale, side * side);
    }

    /** Channel c of pixel p is at {@code offset + c * channelStride + p}. */
    private static RgbImage picture(float[] values, int offset, int side, float[] mean, float[] std, float scale,
            int channelStride) {
        byte[] pixels = new byte[side * side * 3];
        for (int p = 0; p < side * side; p++) {
            for (int c = 0; c < 3; c++) {
                float normalised = values[offset + c * channelStride + p];
                long value = Math.round((normalised * std[c] + mean[c]) / scale * 255);
                pixels[3 * p + c] = (byte) Math.max(0, Math.min(255, value));
            }
        }
        return new RgbImage(side, side, pixels);
    }
}
