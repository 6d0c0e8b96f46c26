package org.kissdetect.markers.internal;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Finds marker-coloured shapes in a screenshot: horizontal bars (Shotcut) and vertical lines (Kdenlive). */
final class MarkerPixels {

    private final BufferedImage image;
    private final int red;
    private final int green;
    private final int blue;

    MarkerPixels(BufferedImage image, String hex) {
        this.image = image;
        int rgb = Integer.parseInt(hex.substring(1), 16);
        red = rgb >> 16 & 0xff;
        green = rgb >> 8 & 0xff;
        blue = rgb & 0xff;
    }

    boolean matches(int x, int y) {
        int rgb = image.getRGB(x, y);
        int dr = (rgb >> 16 & 0xff) - red;
        int dg = (rgb >> 8 & 0xff) - green;
        int db = (rgb & 0xff) - blue;
        return dr * dr + dg * dg + db * db < 30 * 30;
    }

    /** For the row with the most marker-coloured runs of at least {@code minLength} pixels: those runs as {start, length}. */
    List<int[]> bestRowOfRuns(int minLength) {
        List<int[]> best = List.of();
        for (int y = 0; y < image.getHeight(); y++) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            for (int x = 0; x <= image.getWidth(); x++) {
                boolean on = x < image.getWidth() && matches(x, y);
                if (on && start < 0) {
                    start = x;
                } else if (!on && start >= 0) {
                    if (x - start >= minLength) {
                        runs.add(new int[] {start, x - start});
                    }
                    start = -1;
                }
            }
            if (runs.size() > best.size()) {
                best = runs;
            }
        }
        return best;
    }

    /** The x positions (left to right) of vertical marker-coloured lines at least {@code minHeight} pixels tall. */
    List<Integer> verticalLines(int minHeight) {
        List<Integer> lines = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            int longest = 0;
            int current = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                current = matches(x, y) ? current + 1 : 0;
                longest = Math.max(longest, current);
            }
            if (longest >= minHeight && (lines.isEmpty() || x - lines.get(lines.size() - 1) > 3)) {
                lines.add(x);
            }
        }
        return lines;
    }
}
