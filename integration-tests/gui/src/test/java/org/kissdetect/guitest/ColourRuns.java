package org.kissdetect.guitest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Finds horizontal runs of one colour in a screenshot: marker spans, or the movie's colour in thumbnails. */
final class ColourRuns {

    /** A run of pixels in a row. */
    record Run(int x, int length) {
        int centre() {
            return x + length / 2;
        }
    }

    /** A row of the screenshot and its runs. */
    record Row(int y, List<Run> runs) {
    }

    private final BufferedImage image;
    private final int red;
    private final int green;
    private final int blue;

    ColourRuns(BufferedImage image, String hex) {
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

    /**
     * The row that this colour covers most in runs of at least {@code minLength} pixels (the first such row when
     * several tie). Text drawn over a span breaks its runs; the rows above and below the text do not.
     */
    Row bestRow(int minLength) {
        Row best = new Row(-1, List.of());
        int bestCover = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            List<Run> runs = runs(y, minLength);
            int cover = runs.stream().mapToInt(Run::length).sum();
            if (cover > bestCover) {
                best = new Row(y, runs);
                bestCover = cover;
            }
        }
        return best;
    }

    private List<Run> runs(int y, int minLength) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= image.getWidth(); x++) {
            boolean on = x < image.getWidth() && matches(x, y);
            if (on && start < 0) {
                start = x;
            } else if (!on && start >= 0) {
                if (x - start >= minLength) {
                    runs.add(new Run(start, x - start));
                }
                start = -1;
            }
        }
        return runs;
    }
}
