package org.kissdetect.testing.screen;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds one colour in a screenshot: horizontal runs (marker spans, a movie's colour in thumbnails) and vertical
 * lines (guides).
 */
public final class ColourRuns {

    /** A run of pixels in a row. */
    public record Run(int x, int length) {
        /** @return the run's middle pixel */
        public int centre() {
            return x + length / 2;
        }
    }

    /** A row of the screenshot and its runs. */
    public record Row(int y, List<Run> runs) {
    }

    private final BufferedImage image;
    private final int red;
    private final int green;
    private final int blue;
    private final int tolerance;

    /**
     * Pixels within a small distance of the colour (30 in RGB space), as anti-aliasing and compression leave them.
     *
     * @param image a screenshot
     * @param hex   the colour, {@code #rrggbb}
     */
    public ColourRuns(BufferedImage image, String hex) {
        this(image, hex, 30);
    }

    /**
     * @param image     a screenshot
     * @param hex       the colour, {@code #rrggbb}
     * @param tolerance a pixel matches when its RGB distance from the colour is below this; 1 for the colour exactly
     */
    public ColourRuns(BufferedImage image, String hex, int tolerance) {
        this.image = image;
        this.tolerance = tolerance;
        int rgb = Integer.parseInt(hex.substring(1), 16);
        red = rgb >> 16 & 0xff;
        green = rgb >> 8 & 0xff;
        blue = rgb & 0xff;
    }

    /** @return whether the pixel is within the tolerance of the colour */
    public boolean matches(int x, int y) {
        int rgb = image.getRGB(x, y);
        int dr = (rgb >> 16 & 0xff) - red;
        int dg = (rgb >> 8 & 0xff) - green;
        int db = (rgb & 0xff) - blue;
        return dr * dr + dg * dg + db * db < tolerance * tolerance;
    }

    /**
     * The row that this colour covers most in runs of at least {@code minLength} pixels (the first such row when
     * several tie). Text drawn over a span breaks its runs; the rows above and below the text do not.
     */
    public Row bestRow(int minLength) {
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

    /** @return the runs of this colour in row {@code y} at least {@code minLength} pixels long, left to right */
    public List<Run> runs(int y, int minLength) {
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

    /**
     * The x positions, left to right, of vertical lines of this colour at least {@code minHeight} pixels tall
     * (a line a few pixels wide counts once).
     */
    public List<Integer> verticalLines(int minHeight) {
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
