package org.kissdetect.features.internal;

/**
 * A rectangle of an image, in pixels, as torchvision's {@code crop(img, top, left, height, width)}.
 *
 * @param top    first row
 * @param left   first column
 * @param height rows, at least 1
 * @param width  columns, at least 1
 */
record CropBox(int top, int left, int height, int width) {

    CropBox {
        if (top < 0 || left < 0 || height < 1 || width < 1) {
            throw new IllegalArgumentException("not a crop: top " + top + ", left " + left + ", " + width + "x" + height);
        }
    }

    /** True when the box lies inside an image of the given size. */
    boolean fitsIn(int imageWidth, int imageHeight) {
        return left + width <= imageWidth && top + height <= imageHeight;
    }
}
