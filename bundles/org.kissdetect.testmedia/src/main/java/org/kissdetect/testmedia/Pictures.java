package org.kissdetect.testmedia;

import org.kissdetect.api.decode.RgbImage;

/**
 * The pictures of a test movie: a frame code over the top, and under it a colourful textured scene that scrolls,
 * so that encoders and decoders do the kind of work a real film asks of them.
 */
public final class Pictures {

    private static final int TILE = 8;
    private static final double SCROLL_PIXELS_PER_SECOND = 90;

    private Pictures() {
    }

    /**
     * Draws frame {@code number}, shown at {@code seconds}.
     *
     * @param number  the frame number drawn into the code
     * @param seconds the presentation time, which moves the scene
     * @param width   pixels per row, at least 2
     * @param height  rows, at least 2
     * @return a new picture
     */
    public static RgbImage frame(int number, double seconds, int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        int shift = (int) Math.round(seconds * SCROLL_PIXELS_PER_SECOND);
        int sceneTop = height * FrameCode.CODE_HEIGHT_PERCENT / 100;
        for (int y = sceneTop; y < height; y++) {
            int tileY = y / TILE;
            for (int x = 0; x < width; x++) {
                int tileX = (x + shift) / TILE;
                int noise = hash(tileX, tileY);
                int i = (y * width + x) * 3;
                pixels[i] = (byte) (((x + shift) * 255 / Math.max(1, width)) ^ (noise & 0x3F));
                pixels[i + 1] = (byte) ((y * 255 / height) ^ (noise >>> 8 & 0x3F));
                pixels[i + 2] = (byte) (128 + (noise >>> 16 & 0x7F) - 64);
            }
        }
        FrameCode.draw(pixels, width, height, number);
        return new RgbImage(width, height, pixels);
    }

    private static int hash(int x, int y) {
        int h = x * 0x27d4eb2d ^ y * 0x165667b1;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        return h ^ h >>> 12;
    }
}
