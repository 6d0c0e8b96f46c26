package org.kissdetect.features.internal;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The random choices of the training transform, with the semantics of torchvision's
 * {@code RandomResizedCrop(scale=(0.08, 1), ratio=(3/4, 4/3))} followed by {@code RandomHorizontalFlip(0.5)}:
 * up to ten tries of an area uniform in [8 %, 100 %] of the image and an aspect ratio log-uniform in
 * [3/4, 4/3], {@code w = round(sqrt(area * ratio))}, {@code h = round(sqrt(area / ratio))} (Python's rounding,
 * half to even), a uniform position; after ten misses the centre crop clamped to the ratio bounds; then a flip
 * with probability one half. The numbers come from {@link SplittableRandom}, not from torch's generator: the
 * same seed gives the same crop here every time, but not the crop PyTorch would draw.
 */
final class RandomResizedCrop {

    static final double MIN_AREA = 0.08;
    static final double MAX_AREA = 1.0;
    static final double MIN_RATIO = 3.0 / 4.0;
    static final double MAX_RATIO = 4.0 / 3.0;
    private static final int TRIES = 10;

    /** A crop and whether to mirror it. */
    record Choice(CropBox box, boolean flip) {
    }

    private RandomResizedCrop() {
    }

    static Choice draw(int width, int height, SplittableRandom random) {
        CropBox box = cropBox(width, height, random);
        boolean flip = random.nextDouble() < 0.5;
        return new Choice(box, flip);
    }

    static CropBox cropBox(int width, int height, SplittableRandom random) {
        return randomBox(width, height, random).orElseGet(() -> centreCrop(width, height));
    }

    /** The ten tries; empty when none fits the image. */
    static Optional<CropBox> randomBox(int width, int height, SplittableRandom random) {
        double area = (double) width * height;
        double logMinRatio = Math.log(MIN_RATIO);
        double logMaxRatio = Math.log(MAX_RATIO);
        for (int i = 0; i < TRIES; i++) {
            double targetArea = area * uniform(random, MIN_AREA, MAX_AREA);
            double ratio = Math.exp(uniform(random, logMinRatio, logMaxRatio));
            long w = (long) Math.rint(Math.sqrt(targetArea * ratio));
            long h = (long) Math.rint(Math.sqrt(targetArea / ratio));
            if (w > 0 && w <= width && h > 0 && h <= height) {
                int top = random.nextInt(height - (int) h + 1);
                int left = random.nextInt(width - (int) w + 1);
                return Optional.of(new CropBox(top, left, (int) h, (int) w));
            }
        }
        return Optional.empty();
    }

    /** torchvision's fallback: the largest centred box whose ratio lies in the bounds (the whole image if it does). */
    static CropBox centreCrop(int width, int height) {
        double imageRatio = (double) width / height;
        int w = width;
        int h = height;
        if (imageRatio < MIN_RATIO) {
            h = (int) Math.rint(width / MIN_RATIO);
        } else if (imageRatio > MAX_RATIO) {
            w = (int) Math.rint(height * MAX_RATIO);
        }
        return new CropBox((height - h) / 2, (width - w) / 2, h, w);
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
