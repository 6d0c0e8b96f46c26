package org.kissdetect.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.report.LineChart;
import org.kissdetect.api.report.Series;

/**
 * Where a line chart's values land on its image: the plot's rectangle, the x range (the data's, widened to round
 * ticks) and the y range (the chart's), and the ticks of both axes.
 *
 * @param left   the plot's left edge, in pixels
 * @param top    its top edge
 * @param width  its width
 * @param height its height
 * @param xMin   the x value at the left edge
 * @param xMax   the x value at the right edge
 * @param yMin   the y value at the bottom edge
 * @param yMax   the y value at the top edge
 * @param xTicks the x values of the vertical grid lines and their labels
 * @param yTicks the y values of the horizontal grid lines and their labels
 */
record ChartAxes(int left, int top, int width, int height, double xMin, double xMax, double yMin, double yMax,
        List<Double> xTicks, List<Double> yTicks) {

    private static final int MOST_TICKS = 10;

    static ChartAxes of(LineChart chart, int left, int top, int width, int height) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series series : chart.series()) {
            for (double x : series.x()) {
                low = Math.min(low, x);
                high = Math.max(high, x);
            }
        }
        if (low == high) {
            low -= 1;
            high += 1;
        }
        double xStep = wholeNumbers(chart) ? Math.max(1, step(low, high)) : step(low, high);
        double xMin = Math.floor(low / xStep) * xStep;
        double xMax = Math.ceil(high / xStep) * xStep;
        return new ChartAxes(left, top, width, height, xMin, xMax, chart.yMin(), chart.yMax(),
                ticks(xMin, xMax, xStep), ticks(chart.yMin(), chart.yMax(), step(chart.yMin(), chart.yMax())));
    }

    /** Whether every x is a whole number (epochs): then no tick falls between two. */
    private static boolean wholeNumbers(LineChart chart) {
        for (Series series : chart.series()) {
            for (double x : series.x()) {
                if (x != Math.rint(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the pixel column of an x value */
    double pixelX(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** @return the pixel row of a y value */
    double pixelY(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    /** A round step (1, 2 or 5 times a power of ten) that cuts the range into at most {@value #MOST_TICKS} parts. */
    static double step(double low, double high) {
        double rough = (high - low) / MOST_TICKS;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static List<Double> ticks(double low, double high, double step) {
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(low / step - 1e-9);
        long last = (long) Math.floor(high / step + 1e-9);
        for (long k = first; k <= last; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    /** A tick's label: as many decimals as the step needs. */
    static String label(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
