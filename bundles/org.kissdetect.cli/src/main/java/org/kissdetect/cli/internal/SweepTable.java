package org.kissdetect.cli.internal;

import java.util.List;
import java.util.Locale;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.SweepRow;

/**
 * A sweep in the shape of the paper's Table 2 (backbone, trained part, learning rate, epochs, best epoch, validation
 * precision, recall and F1, time), and as CSV.
 */
final class SweepTable {

    static final String CSV_HEADER = "backbone,variant,trained_part,learning_rate,epochs,best_epoch,"
            + "validation_precision,validation_recall,validation_f1,tp,fp,fn,tn,training_f1,seconds";

    private SweepTable() {
    }

    static String text(List<SweepRow> rows) {
        String format = "%-15s %-11s %-7s %-7s %-5s %-10s %-7s %-6s %s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format, "backbone", "trained", "rate",
                "epochs", "best", "precision", "recall", "F1", "time"));
        for (SweepRow row : rows) {
            Confusion v = row.validation();
            table.append(String.format(Locale.ROOT, format, SweepGrids.backboneName(row.network())
                    + (row.network().usesAudio() ? "+V" : ""), row.network().trainedPart().replace('-', ' '),
                    rate(row.network().learningRate()), row.epochs().size(), row.bestEpoch(),
                    String.format(Locale.ROOT, "%.3f", v.precision()), String.format(Locale.ROOT, "%.3f", v.recall()),
                    String.format(Locale.ROOT, "%.3f", v.f1()), TrainingReports.clock(row.elapsed())));
        }
        return table.toString();
    }

    static String csv(List<SweepRow> rows) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (SweepRow row : rows) {
            Confusion v = row.validation();
            String training = row.epochs().get(row.bestEpoch() - 1).trainingResults()
                    .map(c -> String.format(Locale.ROOT, "%.4f", c.f1())).orElse("");
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%.4f,%.4f,%.4f,%d,%d,%d,%d,%s,%.1f%n",
                    SweepGrids.backboneName(row.network()), row.network().variant(), row.network().trainedPart(),
                    rate(row.network().learningRate()), row.epochs().size(), row.bestEpoch(), v.precision(),
                    v.recall(), v.f1(), v.truePositives(), v.falsePositives(), v.falseNegatives(), v.trueNegatives(),
                    training, row.elapsed().toMillis() / 1000.0));
        }
        return csv.toString();
    }

    /** Every epoch of every row: the training curves (row numbers as in {@link #csv}, from 1). */
    static String epochsCsv(List<SweepRow> rows) {
        StringBuilder csv = new StringBuilder("row,backbone,variant,trained_part,learning_rate,epoch,train_loss,"
                + "training_f1,validation_f1,validation_loss,seconds\n");
        for (int r = 0; r < rows.size(); r++) {
            SweepRow row = rows.get(r);
            for (EpochMetrics e : row.epochs()) {
                String training = e.trainingResults().map(c -> String.format(Locale.ROOT, "%.4f", c.f1())).orElse("");
                csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%.5f,%s,%.4f,%.5f,%.1f%n", r + 1,
                        SweepGrids.backboneName(row.network()), row.network().variant(), row.network().trainedPart(),
                        rate(row.network().learningRate()), e.epoch(), e.trainLoss(), training, e.validation().f1(),
                        e.validationLoss(), e.elapsed().toMillis() / 1000.0));
            }
        }
        return csv.toString();
    }

    /** A learning rate as people write it: 0.0005, not 5.0E-4. */
    static String rate(double learningRate) {
        return java.math.BigDecimal.valueOf(learningRate).stripTrailingZeros().toPlainString();
    }
}
