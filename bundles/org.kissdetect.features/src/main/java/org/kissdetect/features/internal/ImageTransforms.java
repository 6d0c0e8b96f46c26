package org.kissdetect.features.internal;

import java.util.SplittableRandom;

import org.kissdetect.api.decode.RgbImage;

/**
 * The two image transforms of the detector, both ending in a normalised 3x224x224 CHW tensor.
 * <ul>
 * <li>Inference, torchvision's {@code Resize(256)} + {@code CenterCrop(224)}: the short side is scaled to 256 and
 * the long side to {@code int(256 * long / short)}, then the centre 224x224 is cut at
 * {@code round((size - 224) / 2)} (half to even). A still whose short side is already 256 is not resampled.</li>
 * <li>Training: {@link RandomResizedCrop}'s box resized to 224x224 and mirrored when it says so.</li>
 * </ul>
 * Both resize with {@link AxisFilter} (bilinear with antialiasing) and only compute the pixels they keep.
 */
final class ImageTransforms {

    static final int RESIZE = 256;
    static final int CROP = 224;

    private final Resampler resampler = new Resampler(new ImageNetNormalization());

    float[] inference(RgbImage image) {
        int width = image.width();
        int height = image.height();
        int shortSide = Math.min(width, height);
        double scaledLong = (double) RESIZE * Math.max(width, height) / shortSide;
        if (scaledLong > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a " + width + "x" + height + " still is too elongated to scale to "
                    + RESIZE + " px");
        }
        int scaledWidth = width <= height ? RESIZE : (int) scaledLong;
        int scaledHeight = width <= height ? (int) scaledLong : RESIZE;
        int top = (int) Math.rint((scaledHeight - CROP) / 2.0);
        int left = (int) Math.rint((scaledWidth - CROP) / 2.0);
        AxisFilter horizontal = AxisFilter.of(0, width, scaledWidth, left, CROP);
        AxisFilter vertical = AxisFilter.of(0, height, scaledHeight, top, CROP);
        return resampler.resample(image, horizontal, vertical, false);
    }

    float[] training(RgbImage image, SplittableRandom random) {
        return resizedCrop(image, RandomResizedCrop.draw(image.width(), image.height(), random));
    }

    /** torchvision's {@code resized_crop(img, box, 224)}, then {@code hflip} when the choice says so. */
    float[] resizedCrop(RgbImage image, RandomResizedCrop.Choice choice) {
        CropBox box = choice.box();
        if (!box.fitsIn(image.width(), image.height())) {
            throw new IllegalArgumentException(box + " does not fit a " + image.width() + "x" + image.height() + " image");
        }
        AxisFilter horizontal = AxisFilter.of(box.left(), box.width(), CROP, 0, CROP);
        AxisFilter vertical = AxisFilter.of(box.top(), box.height(), CROP, 0, CROP);
        return resampler.resample(image, horizontal, vertical, choice.flip());
    }
}
