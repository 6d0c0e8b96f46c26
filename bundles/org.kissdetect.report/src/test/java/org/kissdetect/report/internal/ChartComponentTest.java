package org.kissdetect.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.report.LineChart;
import org.kissdetect.api.report.Series;

/** Line charts: each series drawn in its colour where its data says and nowhere else in the plot; bad data refused. */
class ChartComponentTest {

    private static final double[] EPOCHS = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final double[] LOW = {0.1, 0.15, 0.2, 0.2, 0.25, 0.2, 0.2, 0.22};
    private static final double[] HIGH = {0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.93, 0.95};

    @TempDir
    Path folder;

    @Test
    void eachSeriesIsDrawnInItsOwnColourAtItsPointsAndNotAtTheOthers() throws Exception {
        LineChart chart = new LineChart("F1 per epoch", "epoch", "F1", List.of(new Series("training", EPOCHS, HIGH),
                new Series("validation", EPOCHS, LOW)));
        Path png = folder.resolve("f1.png");

        new ChartComponent().writePng(chart, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(LineChartImage.WIDTH);
        assertThat(image.getHeight()).isEqualTo(LineChartImage.HEIGHT);
        ChartAxes axes = LineChartImage.axes(chart);
        Color training = LineChartImage.colour(0);
        Color validation = LineChartImage.colour(1);
        assertThat(training).isNotEqualTo(validation);
        for (int i = 0; i < EPOCHS.length; i++) {
            int x = (int) Math.round(axes.pixelX(EPOCHS[i]));
            assertThat(near(image, x, (int) Math.round(axes.pixelY(HIGH[i])), training))
                    .as("training at epoch %d", i + 1).isTrue();
            assertThat(near(image, x, (int) Math.round(axes.pixelY(LOW[i])), validation))
                    .as("validation at epoch %d", i + 1).isTrue();
            assertThat(near(image, x, (int) Math.round(axes.pixelY(HIGH[i])), validation))
                    .as("no validation where training is, epoch %d", i + 1).isFalse();
            assertThat(near(image, x, (int) Math.round(axes.pixelY(LOW[i])), training))
                    .as("no training where validation is, epoch %d", i + 1).isFalse();
        }
        assertThat(near(image, (int) Math.round(axes.pixelX(4.5)), (int) Math.round(axes.pixelY(0.5)), training))
                .as("the plot's empty middle").isFalse();
    }

    @Test
    void theYAxisRunsFromZeroToOneWithRoundTicksAndTheXAxisCoversTheData() {
        LineChart chart = new LineChart("t", "epoch", "F1", List.of(new Series("a", EPOCHS, LOW)));
        ChartAxes axes = LineChartImage.axes(chart);

        assertThat(axes.yMin()).isZero();
        assertThat(axes.yMax()).isEqualTo(1);
        assertThat(axes.yTicks()).hasSize(11);
        for (int k = 0; k <= 10; k++) {
            assertThat(axes.yTicks().get(k)).isCloseTo(k / 10.0, within(1e-12));
        }
        assertThat(axes.xMin()).isLessThanOrEqualTo(1);
        assertThat(axes.xMax()).isGreaterThanOrEqualTo(8);
        assertThat(axes.xTicks()).as("epochs get whole ticks").allMatch(x -> x == Math.rint(x));
        ChartAxes fewEpochs = LineChartImage.axes(new LineChart("t", "epoch", "F1", List.of(new Series("a",
                new double[] {1, 2, 3}, new double[] {0.1, 0.2, 0.3}))));
        assertThat(fewEpochs.xTicks()).containsExactly(1.0, 2.0, 3.0);
        assertThat(axes.pixelY(1)).isEqualTo(axes.top());
        assertThat(axes.pixelY(0)).isEqualTo(axes.top() + axes.height());
        assertThat(ChartAxes.label(0.2, 0.1)).isEqualTo("0.2");
        assertThat(ChartAxes.label(4, 1)).isEqualTo("4");
    }

    @Test
    void aSingleEpochAndValuesOutsideTheRangeStillDraw() throws Exception {
        Path png = folder.resolve("one.png");
        new ChartComponent().writePng(new LineChart("one", "epoch", "F1", List.of(new Series("a", new double[] {1},
                new double[] {1.5}))), png);

        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void mismatchedLengthsNonFiniteValuesAndEmptyChartsAreRefused() {
        assertThatThrownBy(() -> new Series("training", new double[] {1, 2}, new double[] {0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("training")
                .hasMessageContaining("2 x values and 1 y values");
        assertThatThrownBy(() -> new Series("validation", new double[] {1, 2}, new double[] {0.5, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validation point 1")
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new Series("x", new double[] {Double.POSITIVE_INFINITY}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> new LineChart("t", "x", "y", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one series");
        assertThatThrownBy(() -> new LineChart("t", "x", "y", List.of(new Series("empty", new double[0],
                new double[0])))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty has no points");
        assertThatThrownBy(() -> new LineChart("t", "x", "y", 1, 1, List.of(new Series("a", EPOCHS, LOW))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
    }

    @Test
    void aFolderInTheWayFailsByNameAndLeavesNoPartialFile() throws Exception {
        Path taken = Files.createDirectories(folder.resolve("taken.png"));
        LineChart chart = new LineChart("t", "x", "y", List.of(new Series("a", EPOCHS, LOW)));

        assertThatThrownBy(() -> new ChartComponent().writePng(chart, taken)).hasMessageContaining(taken.toString());
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(taken);
        }
    }

    /** Whether the colour is exactly at some pixel within 3 of (x, y). */
    private static boolean near(BufferedImage image, int x, int y, Color colour) {
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && (image.getRGB(px, py) & 0xffffff) == (colour.getRGB() & 0xffffff)) {
                    return true;
                }
            }
        }
        return false;
    }
}
