package org.kissdetect.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.report.LineChart;
import org.kissdetect.api.report.Series;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.SweepRow;

/**
 * Training and validation F1 per epoch as a chart (the paper's Figure 9). Epochs whose training split was not
 * measured (those of a run resumed from a checkpoint older than the measurement) are left out of its curve.
 */
final class TrainingCurves {

    private TrainingCurves() {
    }

    /**
     * @param title the chart's title
     * @param runs  each run's name (a prefix of its two series' names, or empty) and epochs
     */
    static LineChart chart(String title, List<Run> runs) {
        List<Series> series = new ArrayList<>();
        for (Run run : runs) {
            String prefix = run.name().isEmpty() ? "" : run.name() + ": ";
            List<EpochMetrics> measured = run.epochs().stream().filter(e -> e.trainingResults().isPresent()).toList();
            if (!measured.isEmpty()) {
                series.add(new Series(prefix + "training F1", epochs(measured),
                        measured.stream().mapToDouble(e -> e.training().f1()).toArray()));
            }
            series.add(new Series(prefix + "validation F1", epochs(run.epochs()),
                    run.epochs().stream().mapToDouble(e -> e.validation().f1()).toArray()));
        }
        return new LineChart(title, "epoch", "F1 per second", series);
    }

    /** The paper's Figure 9: the frozen ResNet-18's run and the one from random weights, of {@code --baseline}. */
    static LineChart baseline(Path annotations, List<SweepRow> rows) {
        SweepRow frozen = rows.get(0);
        String weights = frozen.network().imageWeights() == null ? "random" : "pretrained";
        return chart("ResNet-18 baseline: F1 per second per epoch on " + annotations.getFileName(), List.of(
                new Run("last layer on " + weights + " ResNet-18", frozen.epochs()),
                new Run("whole network from random weights", rows.get(1).epochs())));
    }

    private static double[] epochs(List<EpochMetrics> epochs) {
        return epochs.stream().mapToDouble(EpochMetrics::epoch).toArray();
    }

    /**
     * One training run's curves.
     *
     * @param name   what the legend calls it
     * @param epochs its epochs
     */
    record Run(String name, List<EpochMetrics> epochs) {
    }
}
