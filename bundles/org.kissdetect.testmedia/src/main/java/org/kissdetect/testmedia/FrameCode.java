package org.kissdetect.testmedia;

import org.kissdetect.api.decode.RgbImage;

/**
 * A frame number drawn as big black and white blocks over the top of a picture: a 5 x 4 grid of cells, 16 bits
 * of the number and a 4-bit check, each cell a whole colour so that lossy coding, chroma subsampling and scaling
 * to any size keep it readable. Cells fill the top {@value #CODE_HEIGHT_PERCENT} % of the height and the whole
 * width, so the code scales with the picture and keeps its aspect.
 */
public final class FrameCode {

    /** The largest frame number a code can carry. */
    public static final int MAX_NUMBER = 0xFFFF;
    /** The share of the picture's height, from the top, that the code occupies, in percent. */
    public static final int CODE_HEIGHT_PERCENT = 60;

    private static final int COLUMNS = 5;
    private static final int ROWS = 4;
    private static final int BITS = COLUMNS * ROWS;

    private FrameCode() {
    }

    /**
     * Draws {@code number} into packed RGB pixels.
     *
     * @param pixels {@code width * height * 3} bytes, changed in place
     * @param width  pixels per row
     * @param height rows
     * @param number the frame number, 0 to {@value #MAX_NUMBER}
     */
    public static void draw(byte[] pixels, int width, int height, int number) {
        if (number < 0 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("a frame code carries 0 to " + MAX_NUMBER + ", got " + number);
        }
        int word = encode(number);
        int codeHeight = codeHeight(height);
        for (int y = 0; y < codeHeight; y++) {
            int row = y * ROWS / codeHeight;
            for (int x = 0; x < width; x++) {
                int column = x * COLUMNS / width;
                byte value = ((word >>> (row * COLUMNS + column)) & 1) == 1 ? (byte) 235 : (byte) 16;
                int i = (y * width + x) * 3;
                pixels[i] = value;
                pixels[i + 1] = value;
                pixels[i + 2] = value;
            }
        }
    }

    /**
     * Reads the frame number from a picture, at any size it was scaled to.
     *
     * @param image a decoded picture that carries a code
     * @return the frame number, or -1 when the code is damaged (its check does not match)
     */
    public static int read(RgbImage image) {
        int codeHeight = codeHeight(image.height());
        int word = 0;
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                int x0 = column * image.width() / COLUMNS;
                int x1 = (column + 1) * image.width() / COLUMNS;
                int y0 = row * codeHeight / ROWS;
                int y1 = (row + 1) * codeHeight / ROWS;
                if (meanLuma(image, x0 + (x1 - x0) / 4, x1 - (x1 - x0) / 4, y0 + (y1 - y0) / 4,
                        y1 - (y1 - y0) / 4) >= 126) {
                    word |= 1 << (row * COLUMNS + column);
                }
            }
        }
        int number = word & MAX_NUMBER;
        return encode(number) == word ? number : -1;
    }

    private static int codeHeight(int height) {
        return Math.max(ROWS, height * CODE_HEIGHT_PERCENT / 100);
    }

    private static int encode(int number) {
        int check = (number ^ (number >>> 4) ^ (number >>> 8) ^ (number >>> 12) ^ 0b1010) & 0xF;
        return number | check << 16;
    }

    private static double meanLuma(RgbImage image, int x0, int x1, int y0, int y1) {
        x1 = Math.max(x1, x0 + 1);
        y1 = Math.max(y1, y0 + 1);
        long sum = 0;
        byte[] p = image.pixels();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int i = (y * image.width() + x) * 3;
                sum += (p[i] & 0xFF) + (p[i + 1] & 0xFF) + (p[i + 2] & 0xFF);
            }
        }
        return sum / 3.0 / ((long) (x1 - x0) * (y1 - y0));
    }

    static int bits() {
        return BITS;
    }
}
