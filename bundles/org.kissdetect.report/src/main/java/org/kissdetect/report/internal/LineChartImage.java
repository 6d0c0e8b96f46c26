package org.kissdetect.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.kissdetect.api.report.LineChart;
import org.kissdetect.api.report.Series;

/**
 * A line chart drawn with Java2D: title, plot framed with a grid at the ticks, tick labels, axis labels, each series
 * as a line in its own colour with its own marker at every point (outside the y range: cut at the frame), and a
 * legend under the plot, its entries side by side as the width allows.
 */
final class LineChartImage {

    static final int WIDTH = 900;
    static final int HEIGHT = 540;
    private static final int LEFT = 70;
    private static final int RIGHT = 24;
    private static final int TOP = 48;
    /** Tick labels and the x axis's label, under the plot. */
    private static final int BELOW_PLOT = 52;
    private static final int LEGEND_SWATCH = 32;
    private static final int LEGEND_SPACING = 24;
    private static final int MARKER = 9;
    /** Colours told apart also by most colour-blind readers (Okabe and Ito's palette, black left out). */
    static final List<Color> COLOURS = List.of(new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
            new Color(213, 94, 0), new Color(204, 121, 167), new Color(86, 180, 233), new Color(240, 228, 66));
    private static final Color GRID = new Color(225, 225, 225);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private LineChartImage() {
    }

    static BufferedImage render(LineChart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(TEXT);
            Legend legend = Legend.of(chart, g.getFontMetrics());
            ChartAxes axes = axes(chart, legend);
            drawGridAndTicks(g, axes);
            drawSeries(g, chart, axes);
            drawLabels(g, chart, axes);
            drawLegend(g, chart, legend, axes.top() + axes.height() + BELOW_PLOT);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Where values land, for a chart of this size: the same geometry {@link #render} uses. */
    static ChartAxes axes(LineChart chart) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return axes(chart, Legend.of(chart, g.getFontMetrics(TEXT)));
        } finally {
            g.dispose();
        }
    }

    private static ChartAxes axes(LineChart chart, Legend legend) {
        return ChartAxes.of(chart, LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BELOW_PLOT - legend.height());
    }

    /**
     * Where each series' legend entry goes: left to right, a new row when the next would pass the right edge.
     *
     * @param x         each entry's left edge
     * @param row       each entry's row, from 0
     * @param rowHeight the height of a row
     * @param rows      the number of rows
     */
    private record Legend(int[] x, int[] row, int rowHeight, int rows) {

        static Legend of(LineChart chart, FontMetrics metrics) {
            int count = chart.series().size();
            int[] x = new int[count];
            int[] row = new int[count];
            int right = WIDTH - RIGHT;
            int cursor = LEFT;
            int current = 0;
            for (int s = 0; s < count; s++) {
                int width = LEGEND_SWATCH + Math.min(metrics.stringWidth(chart.series().get(s).name()),
                        right - LEFT - LEGEND_SWATCH);
                if (cursor > LEFT && cursor + width > right) {
                    current++;
                    cursor = LEFT;
                }
                x[s] = cursor;
                row[s] = current;
                cursor += width + LEGEND_SPACING;
            }
            return new Legend(x, row, metrics.getHeight() + 6, current + 1);
        }

        int height() {
            return rows * rowHeight + 8;
        }
    }

    private static void drawGridAndTicks(Graphics2D g, ChartAxes axes) {
        FontMetrics metrics = g.getFontMetrics();
        int bottom = axes.top() + axes.height();
        double xStep = axes.xTicks().size() > 1 ? axes.xTicks().get(1) - axes.xTicks().get(0) : 1;
        double yStep = axes.yTicks().size() > 1 ? axes.yTicks().get(1) - axes.yTicks().get(0) : 1;
        for (double tick : axes.xTicks()) {
            int x = (int) Math.round(axes.pixelX(tick));
            g.setColor(GRID);
            g.drawLine(x, axes.top(), x, bottom);
            g.setColor(Color.DARK_GRAY);
            g.drawLine(x, bottom, x, bottom + 5);
            String label = ChartAxes.label(tick, xStep);
            g.drawString(label, x - metrics.stringWidth(label) / 2, bottom + 7 + metrics.getAscent());
        }
        for (double tick : axes.yTicks()) {
            int y = (int) Math.round(axes.pixelY(tick));
            g.setColor(GRID);
            g.drawLine(axes.left(), y, axes.left() + axes.width(), y);
            g.setColor(Color.DARK_GRAY);
            g.drawLine(axes.left() - 5, y, axes.left(), y);
            String label = ChartAxes.label(tick, yStep);
            g.drawString(label, axes.left() - 8 - metrics.stringWidth(label), y + metrics.getAscent() / 2 - 1);
        }
        g.drawRect(axes.left(), axes.top(), axes.width(), axes.height());
    }

    private static void drawSeries(Graphics2D g, LineChart chart, ChartAxes axes) {
        g.setClip(new Rectangle2D.Double(axes.left() - MARKER, axes.top(), axes.width() + 2.0 * MARKER,
                axes.height() + 1));
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            double[] x = series.x();
            double[] y = series.y();
            g.setColor(colour(s));
            Path2D.Double line = new Path2D.Double();
            for (int i = 0; i < x.length; i++) {
                if (i == 0) {
                    line.moveTo(axes.pixelX(x[i]), axes.pixelY(y[i]));
                } else {
                    line.lineTo(axes.pixelX(x[i]), axes.pixelY(y[i]));
                }
            }
            g.draw(line);
            for (int i = 0; i < x.length; i++) {
                g.fill(marker(s, axes.pixelX(x[i]), axes.pixelY(y[i])));
            }
        }
        g.setClip(null);
        g.setStroke(new BasicStroke(1));
    }

    private static void drawLabels(Graphics2D g, LineChart chart, ChartAxes axes) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        FontMetrics titleMetrics = g.getFontMetrics();
        g.drawString(chart.title(), axes.left() + (axes.width() - titleMetrics.stringWidth(chart.title())) / 2, 30);
        g.setFont(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(chart.xLabel(), axes.left() + (axes.width() - metrics.stringWidth(chart.xLabel())) / 2,
                axes.top() + axes.height() + BELOW_PLOT - 10);
        AffineTransform before = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(chart.yLabel(), -(axes.top() + (axes.height() + metrics.stringWidth(chart.yLabel())) / 2), 20);
        g.setTransform(before);
    }

    private static void drawLegend(Graphics2D g, LineChart chart, Legend legend, int top) {
        FontMetrics metrics = g.getFontMetrics();
        for (int s = 0; s < chart.series().size(); s++) {
            int x = legend.x()[s];
            int y = top + legend.row()[s] * legend.rowHeight() + legend.rowHeight() / 2;
            g.setColor(colour(s));
            g.setStroke(new BasicStroke(2.2f));
            g.drawLine(x, y, x + 22, y);
            g.setStroke(new BasicStroke(1));
            g.fill(marker(s, x + 11, y));
            g.setColor(Color.BLACK);
            String name = chart.series().get(s).name();
            g.drawString(fit(name, metrics, WIDTH - RIGHT - x - LEGEND_SWATCH), x + LEGEND_SWATCH,
                    y + metrics.getAscent() / 2 - 1);
        }
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && metrics.stringWidth(shorter + "...") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "...";
    }

    static Color colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    /** Circle, square, triangle, diamond, then again: a series keeps apart from its neighbours in grey print too. */
    private static Shape marker(int series, double x, double y) {
        double r = MARKER / 2.0;
        int left = (int) Math.round(x - r - 1);
        int right = (int) Math.round(x + r + 1);
        int centre = (int) Math.round(x);
        int top = (int) Math.round(y - r - 1);
        int bottom = (int) Math.round(y + r + 1);
        return switch (series % 4) {
            case 0 -> new Ellipse2D.Double(x - r, y - r, MARKER, MARKER);
            case 1 -> new Rectangle2D.Double(x - r, y - r, MARKER, MARKER);
            case 2 -> new Polygon(new int[] {centre, right, left}, new int[] {top, bottom - 1, bottom - 1}, 3);
            default -> new Polygon(new int[] {centre, right, centre, left},
                    new int[] {top, (int) Math.round(y), bottom, (int) Math.round(y)}, 4);
        };
    }
}
