package org.kissdetect.api.report;

import java.util.List;
import java.util.Objects;

/**
 * A line chart of a few series over a shared x axis, such as training and validation F1 per epoch (the paper's
 * Figure 9). Since 1.1.
 *
 * @param title  the title above the plot
 * @param xLabel the x axis's label
 * @param yLabel the y axis's label
 * @param yMin   the lowest y shown
 * @param yMax   the highest y shown, above {@code yMin}
 * @param series the lines, at least one, each with at least one point; their names are the legend
 */
public record LineChart(String title, String xLabel, String yLabel, double yMin, double yMax, List<Series> series) {

    /** Copies the series and checks the range and that there is something to draw. */
    public LineChart {
        if (title == null || xLabel == null || yLabel == null) {
            throw new IllegalArgumentException("a chart needs a title and axis labels (empty ones are allowed)");
        }
        if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || !(yMax > yMin)) {
            throw new IllegalArgumentException("the y range must be finite and increasing, got " + yMin + " to "
                    + yMax);
        }
        if (series == null || series.isEmpty() || series.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a chart needs at least one series, and no missing one");
        }
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.size() == 0) {
                throw new IllegalArgumentException("series " + s.name() + " has no points");
            }
        }
    }

    /**
     * A chart of values in [0, 1], such as F1, precision or recall.
     *
     * @param title  the title above the plot
     * @param xLabel the x axis's label
     * @param yLabel the y axis's label
     * @param series the lines
     */
    public LineChart(String title, String xLabel, String yLabel, List<Series> series) {
        this(title, xLabel, yLabel, 0, 1, series);
    }
}
