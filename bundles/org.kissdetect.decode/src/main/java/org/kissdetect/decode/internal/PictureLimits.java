package org.kissdetect.decode.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The pictures the decoder takes. A still is 256 px on its short side, so its long side grows with the shape:
 * an 8192 x 2 video would need a 1,048,576 x 256 still (805 MB). Films are at most about 4:1 wide (panoramas 8:1)
 * and 8K large; anything beyond is refused, never allocated.
 */
final class PictureLimits {

    /** The widest (or tallest) displayed shape taken: a still of at most 2048 x 256. */
    static final double MAX_ASPECT = 8;
    /** DCI 8K, 8192 x 4320, with its height rounded up to whole macroblocks of 64 px. */
    static final long MAX_PIXELS = 8192L * 4352;

    private PictureLimits() {
    }

    /**
     * @return why pictures of this size and pixel aspect ratio cannot be decoded, as a phrase, or empty when
     *         they can (a pixel aspect of 0 or less means square pixels)
     */
    static Optional<String> problem(int width, int height, int pixelAspectNum, int pixelAspectDen) {
        if (width < 1 || height < 1) {
            return Optional.of("its pictures have no size (" + width + "x" + height + ")");
        }
        long pixels = (long) width * height;
        if (pixels > MAX_PIXELS) {
            return Optional.of(String.format(Locale.ROOT,
                    "its pictures are %dx%d, %.1f million pixels: at most %.1f million (8K) can be decoded",
                    width, height, pixels / 1e6, MAX_PIXELS / 1e6));
        }
        boolean square = pixelAspectNum <= 0 || pixelAspectDen <= 0;
        double pixelAspect = square ? 1 : (double) pixelAspectNum / pixelAspectDen;
        double aspect = width * pixelAspect / height;
        if (aspect > MAX_ASPECT || aspect < 1 / MAX_ASPECT) {
            String pixelShape = square || pixelAspect == 1 ? ""
                    : " with pixels of aspect " + pixelAspectNum + ":" + pixelAspectDen;
            return Optional.of(String.format(Locale.ROOT,
                    "its pictures are %dx%d%s, shown %s: shapes beyond 8:1 or 1:8 are not taken (the still"
                            + " would need %,d MB)", width, height, pixelShape, ratio(aspect),
                    stillBytes(width, height, pixelAspect) >> 20));
        }
        return Optional.empty();
    }

    private static long stillBytes(int width, int height, double pixelAspect) {
        int[] size = PictureScaler.targetSize(width, height, new int[] {(int) Math.round(pixelAspect * 1000), 1000});
        return (long) size[0] * size[1] * 3;
    }

    private static String ratio(double aspect) {
        return aspect >= 1 ? number(aspect) + ":1" : "1:" + number(1 / aspect);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
