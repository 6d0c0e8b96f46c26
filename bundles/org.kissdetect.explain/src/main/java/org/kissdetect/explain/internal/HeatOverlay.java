package org.kissdetect.explain.internal;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.RgbImage;

/**
 * Draws a saliency map over the picture the model saw: transparent where the map is zero, yellow for small values
 * turning red and more opaque towards the top of the scale. The scale is the map's 99.5th percentile, not its
 * maximum, so that a few hot pixels do not leave the rest of the map invisible; values above it are drawn as it.
 * A map with fewer than 0.5 % non-zero pixels is scaled by its maximum. Pixels are enlarged, never smoothed, so
 * that the picture shows the map's own resolution, to at least {@value #MINIMUM_SIDE} pixels a side.
 */
final class HeatOverlay {

    static final int MINIMUM_SIDE = 448;
    static final double PERCENTILE = 0.995;
    /** The opacity of the overlay at the top of the scale. */
    static final double OPACITY = 0.75;

    private HeatOverlay() {
    }

    /**
     * @param picture  what the model saw
     * @param saliency its map, of the picture's size
     * @return the picture with the overlay, enlarged by a whole factor
     */
    static BufferedImage draw(RgbImage picture, Saliency saliency) {
        if (picture.width() != saliency.width() || picture.height() != saliency.height()) {
            throw new IllegalArgumentException("the map (" + saliency.width() + " x " + saliency.height()
                    + ") does not fit the picture (" + picture.width() + " x " + picture.height() + ")");
        }
        int factor = Math.max(1, (MINIMUM_SIDE + Math.min(picture.width(), picture.height()) - 1)
                / Math.min(picture.width(), picture.height()));
        BufferedImage image = new BufferedImage(picture.width() * factor, picture.height() * factor,
                BufferedImage.TYPE_INT_RGB);
        float scale = scale(saliency.magnitudes());
        byte[] rgb = picture.pixels();
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                int p = y * picture.width() + x;
                double heat = scale > 0 ? Math.min(1, saliency.magnitudes()[p] / scale) : 0;
                int colour = blend(rgb[3 * p] & 0xff, rgb[3 * p + 1] & 0xff, rgb[3 * p + 2] & 0xff, heat);
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        image.setRGB(x * factor + dx, y * factor + dy, colour);
                    }
                }
            }
        }
        return image;
    }

    /** @return the value drawn fully red: the 99.5th percentile, or the maximum for a sparse map; 0 for none */
    static float scale(float[] magnitudes) {
        float[] sorted = magnitudes.clone();
        Arrays.sort(sorted);
        float percentile = sorted[(int) Math.floor(PERCENTILE * (sorted.length - 1))];
        return percentile > 0 ? percentile : sorted[sorted.length - 1];
    }

    /** The picture's colour under the overlay: yellow (255, 255, 0) at heat 0+ to red at 1, opacity growing with it. */
    static int blend(int red, int green, int blue, double heat) {
        if (heat <= 0) {
            return red << 16 | green << 8 | blue;
        }
        double alpha = OPACITY * heat;
        int r = mix(red, 255, alpha);
        int g = mix(green, (int) Math.round(255 * (1 - heat)), alpha);
        int b = mix(blue, 0, alpha);
        return r << 16 | g << 8 | b;
    }

    private static int mix(int under, int over, double alpha) {
        return (int) Math.round(under * (1 - alpha) + over * alpha);
    }
}
