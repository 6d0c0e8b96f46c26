package org.kissdetect.features.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.features.ClipPreprocessing;

/**
 * A second's clip as a model that looks at motion takes it ({@link ClipPreprocessing}): each frame, already scaled
 * by the decoder to the short side asked for, is centre-cropped to {@code crop} x {@code crop} at
 * {@code round((size - crop) / 2)} (half to even, as torchvision's {@code CenterCrop}); its 8-bit value v becomes
 * {@code (v / 255 * valueScale - mean) / std} in single precision, as ToTensor, ScaleValue and Normalize compute
 * it; the frames missing before the film's start are zeros at the front. The tensor is (C, T, H, W).
 *
 * <p>For training, {@link #augment} draws one {@link RandomResizedCrop} box and flip on the clip's frames and applies
 * them to every frame, resized to {@code crop} x {@code crop} as the still's augmentation is: a clip is augmented
 * as a whole, so the motion in it stays what it was.
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
        check(second, frames, p);
        float[][] tables = tables(p);
        int pixels = p.crop() * p.crop();
        int missing = p.frames() - frames.size();
        float[] clip = new float[p.tensorLength()];
        for (int i = 0; i < frames.size(); i++) {
            RgbImage frame = frames.get(i);
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

    /**
     * The paper's training augmentation of a clip: one random resized crop (8-100 % of the area, aspect 3/4-4/3) and
     * one horizontal flip drawn for the clip, applied to each of its frames, resized to {@code crop} x {@code crop}.
     *
     * @param second the second's index, for messages
     * @param frames the decoded frames, oldest first, all of one size
     * @param p      how the model wants them
     * @param random the source of the draw
     * @return {@code p.tensorLength()} floats
     * @throws IllegalArgumentException as {@link #prepare}, or when the frames differ in size
     */
    static float[] augment(int second, List<RgbImage> frames, ClipPreprocessing p, SplittableRandom random) {
        check(second, frames, p);
        RgbImage first = frames.get(0);
        for (int i = 1; i < frames.size(); i++) {
            if (frames.get(i).width() != first.width() || frames.get(i).height() != first.height()) {
                throw new IllegalArgumentException("second " + second + ": clip frame " + i + " is "
                        + frames.get(i).width() + "x" + frames.get(i).height() + ", frame 0 " + first.width() + "x"
                        + first.height());
            }
        }
        RandomResizedCrop.Choice choice = RandomResizedCrop.draw(first.width(), first.height(), random);
        CropBox box = choice.box();
        AxisFilter horizontal = AxisFilter.of(box.left(), box.width(), p.crop(), 0, p.crop());
        AxisFilter vertical = AxisFilter.of(box.top(), box.height(), p.crop(), 0, p.crop());
        Resampler resampler = new Resampler(tables(p));
        int pixels = p.crop() * p.crop();
        int missing = p.frames() - frames.size();
        float[] clip = new float[p.tensorLength()];
        for (int i = 0; i < frames.size(); i++) {
            float[] frame = resampler.resample(frames.get(i), horizontal, vertical, choice.flip());
            for (int c = 0; c < 3; c++) {
                System.arraycopy(frame, c * pixels, clip, (c * p.frames() + missing + i) * pixels, pixels);
            }
        }
        return clip;
    }

    private static void check(int second, List<RgbImage> frames, ClipPreprocessing p) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("second " + second + " has no clip of frames: decode it with the"
                    + " model's clip request (" + p.frames() + " frames, short side " + p.shortSide() + ")");
        }
        if (frames.size() > p.frames()) {
            throw new IllegalArgumentException("second " + second + " has a clip of " + frames.size()
                    + " frames, the model asked for " + p.frames());
        }
        for (int i = 0; i < frames.size(); i++) {
            RgbImage frame = frames.get(i);
            if (Math.min(frame.width(), frame.height()) != p.shortSide()) {
                throw new IllegalArgumentException("second " + second + ": clip frame " + i + " is " + frame.width()
                        + "x" + frame.height() + ", its short side should be " + p.shortSide());
            }
        }
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
