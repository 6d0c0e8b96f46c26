package org.kissdetect.features.internal;

import java.util.Arrays;

import org.kissdetect.api.decode.RgbImage;

/**
 * Resamples a window of a packed RGB image into a normalised CHW float tensor: a separable bilinear resize with
 * antialiasing (horizontal pass, then vertical), an optional horizontal flip, rounding to 8 bits, normalisation by a
 * lookup table per channel (ImageNet's for stills, the model's own for clips). Rounding follows torchvision, which rounds a resized 8-bit image back to 8 bits before
 * {@code ToTensor}; it also makes the no-resize case (the decoder's 256-px stills) a plain table lookup.
 * Stateless: every call allocates its own scratch, so one instance serves any number of threads.
 */
final class Resampler {

    private final float[][] tables;

    Resampler(ImageNetNormalization normalization) {
        this(new float[][] {normalization.table(0), normalization.table(1), normalization.table(2)});
    }

    /** @param tables per channel (R, G, B), the normalised value of each 8-bit value; shared, not copied */
    Resampler(float[][] tables) {
        this.tables = tables;
    }

    /**
     * @param image      the source
     * @param horizontal the filter over columns; its outputs are the tensor's columns
     * @param vertical   the filter over rows; its outputs are the tensor's rows
     * @param flip       mirror the result left to right
     * @return {@code 3 x rows x columns} floats, channel-major
     */
    float[] resample(RgbImage image, AxisFilter horizontal, AxisFilter vertical, boolean flip) {
        int columns = horizontal.outputCount();
        int rows = vertical.outputCount();
        float[] tensor = new float[3 * rows * columns];
        if (horizontal.isCopy() && vertical.isCopy()) {
            copy(image, horizontal.firstInput(), vertical.firstInput(), columns, rows, flip, tensor);
        } else {
            float[] resizedRows = resizeRows(image, horizontal, vertical);
            resizeColumns(resizedRows, vertical, columns, flip, tensor);
        }
        return tensor;
    }

    private void copy(RgbImage image, int left, int top, int columns, int rows, boolean flip, float[] tensor) {
        byte[] pixels = image.pixels();
        int plane = rows * columns;
        float[] red = tables[0];
        float[] green = tables[1];
        float[] blue = tables[2];
        for (int y = 0; y < rows; y++) {
            int source = ((top + y) * image.width() + left) * 3;
            int row = y * columns;
            for (int x = 0; x < columns; x++, source += 3) {
                int target = row + (flip ? columns - 1 - x : x);
                tensor[target] = red[pixels[source] & 0xFF];
                tensor[plane + target] = green[pixels[source + 1] & 0xFF];
                tensor[2 * plane + target] = blue[pixels[source + 2] & 0xFF];
            }
        }
    }

    /** The horizontal pass over the source rows the vertical pass reads: interleaved RGB floats. */
    private static float[] resizeRows(RgbImage image, AxisFilter horizontal, AxisFilter vertical) {
        byte[] pixels = image.pixels();
        int columns = horizontal.outputCount();
        int firstRow = vertical.firstInput();
        int rowCount = vertical.endInput() - firstRow;
        float[] resized = new float[rowCount * columns * 3];
        for (int r = 0; r < rowCount; r++) {
            int rowStart = (firstRow + r) * image.width() * 3;
            int target = r * columns * 3;
            for (int x = 0; x < columns; x++, target += 3) {
                int source = rowStart + horizontal.windowStart(x) * 3;
                float red = 0;
                float green = 0;
                float blue = 0;
                for (int t = 0, n = horizontal.windowLength(x); t < n; t++, source += 3) {
                    float weight = horizontal.weight(x, t);
                    red += weight * (pixels[source] & 0xFF);
                    green += weight * (pixels[source + 1] & 0xFF);
                    blue += weight * (pixels[source + 2] & 0xFF);
                }
                resized[target] = red;
                resized[target + 1] = green;
                resized[target + 2] = blue;
            }
        }
        return resized;
    }

    /** The vertical pass, then rounding, normalisation and the CHW layout. */
    private void resizeColumns(float[] resizedRows, AxisFilter vertical, int columns, boolean flip, float[] tensor) {
        int rows = vertical.outputCount();
        int plane = rows * columns;
        int stride = columns * 3;
        int firstRow = vertical.firstInput();
        float[] line = new float[stride];
        for (int y = 0; y < rows; y++) {
            Arrays.fill(line, 0f);
            int source = (vertical.windowStart(y) - firstRow) * stride;
            for (int t = 0, n = vertical.windowLength(y); t < n; t++, source += stride) {
                float weight = vertical.weight(y, t);
                for (int i = 0; i < stride; i++) {
                    line[i] += weight * resizedRows[source + i];
                }
            }
            int row = y * columns;
            for (int x = 0; x < columns; x++) {
                int target = row + (flip ? columns - 1 - x : x);
                for (int c = 0; c < 3; c++) {
                    tensor[c * plane + target] = tables[c][toByte(line[x * 3 + c])];
                }
            }
        }
    }

    /** Round half to even, as {@code torch.round}; the weights are a convex combination, the clamp only guards. */
    private static int toByte(float value) {
        int rounded = (int) Math.rint(value);
        return rounded < 0 ? 0 : Math.min(rounded, 255);
    }
}
