package org.kissdetect.api.decode;

/**
 * A still as packed 8-bit RGB, row by row from the top, three bytes per pixel, no padding.
 *
 * <p>The array is shared, not copied: treat it as read-only.
 *
 * @param width  pixels per row, at least 1
 * @param height rows, at least 1
 * @param pixels {@code width * height * 3} bytes
 */
public record RgbImage(int width, int height, byte[] pixels) {

    /** Checks that the size is positive and that {@code pixels} holds exactly one image of it. */
    public RgbImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (pixels == null || pixels.length != (long) width * height * 3) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGB image needs "
                    + (long) width * height * 3 + " bytes, got " + (pixels == null ? "none" : pixels.length));
        }
    }
}
