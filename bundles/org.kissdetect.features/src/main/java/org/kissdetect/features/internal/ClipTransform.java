package org.kissdetect.features.internal;

import java.util.List;

import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.features.ClipPreprocessing;

/**
 * A second's clip as a model that looks at motion takes it ({@link ClipPreprocessing}): each frame, already scaled
 * by the decoder to the short side asked for, is centre-cropped to {@code crop} x {@code crop} at
 * {@code round((size - crop) / 2)} (half to even, as torchvision's {@code CenterCrop}); its 8-bit value v becomes
 * {@code (v / 255 * valueScale - mean) / std} in single precision, as ToTensor, ScaleValue and Normalize compute
 * it; the frames missing before the film's start are zeros at the front. The tensor is (C, T, H, W).
 */
final class ClipTransform {

    private ClipTransform() {
    }

    /**
     * @param second the second's index, for messages
     * @param frames the decoded frames, oldest first
     * @param p      how the model wants them
     * @return {@code p.tensorLength()} floats
     * @throws IllegalArgumentException when there is no frame, more than {@code p.frames()}, or a frame's short side
     *                                  is not {@code p.shortSide()}
     */
    static float[] prepare(int second, List<RgbImage> frames, ClipPreprocessing p) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("second " + second + " has no clip of frames: decode it with the"
                    + " model's clip request (" + p.frames() + " frames, short side " + p.shortSide() + ")");
        }
        if (frames.size() > p.frames()) {
            throw new IllegalArgumentException("second " + second + " has a clip of " + frames.size()
                    + " frames, the model asked for " + p.frames());
        }
        float[][] tables = tables(p);
        int pixels = p.crop() * p.crop();
        int missing = p.frames() - frames.size();
        float[] clip = new float[p.tensorLength()];
        for (int i = 0; i < frames.size(); i++) {
            RgbImage frame = frames.get(i);
            if (Math.min(frame.width(), frame.height()) != p.shortSide()) {
                throw new IllegalArgumentException("second " + second + ": clip frame " + i + " is " + frame.width()
                        + "x" + frame.height() + ", its short side should be " + p.shortSide());
            }
            int t = missing + i;
            int top = (int) Math.rint((frame.height() - p.crop()) / 2.0);
            int left = (int) Math.rint((frame.width() - p.crop()) / 2.0);
            byte[] rgb = frame.pixels();
            for (int c = 0; c < 3; c++) {
                float[] table = tables[c];
                int out = (c * p.frames() + t) * pixels;
                for (int y = 0; y < p.crop(); y++) {
                    int in = ((top + y) * frame.width() + left) * 3 + c;
                    for (int x = 0; x < p.crop(); x++, in += 3) {
                        clip[out++] = table[rgb[in] & 0xFF];
                    }
                }
            }
        }
        return clip;
    }

    /** Per channel, the prepared value of each 8-bit value. */
    private static float[][] tables(ClipPreprocessing p) {
        float[][] tables = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                tables[c][v] = (v / 255f * p.valueScale() - p.mean()[c]) / p.std()[c];
            }
        }
        return tables;
    }
}
