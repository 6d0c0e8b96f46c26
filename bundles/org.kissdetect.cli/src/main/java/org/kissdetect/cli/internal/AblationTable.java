package org.kissdetect.cli.internal;

import java.util.List;
import java.util.Locale;

import org.kissdetect.api.train.AblationRow;
import org.kissdetect.api.train.Confusion;

/** The ablation in the shape of the paper's Table 1 (trained part, VGGish, ResNet-18, validation F1), and as CSV. */
final class AblationTable {

    static final String CSV_HEADER = "trained_part,vggish,resnet18,validation_f1,validation_precision,"
            + "validation_recall,tp,fp,fn,tn,epochs,best_epoch,seconds";

    private AblationTable() {
    }

    static String text(List<AblationRow> rows) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %-7s %-10s %-14s %-7s %-5s %s%n",
                "trained part", "VGGish", "ResNet-18", "validation F1", "epochs", "best", "time"));
        for (AblationRow row : rows) {
            table.append(String.format(Locale.ROOT, "%-12s %-7s %-10s %-14.3f %-7d %-5d %s%n",
                    row.trainedPart().replace('-', ' '), yesNo(row.usesVggish()), yesNo(row.usesResNet()),
                    row.validation().f1(), row.epochs(), row.bestEpoch(), TrainingReports.clock(row.elapsed())));
        }
        return table.toString();
    }

    static String csv(List<AblationRow> rows) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (AblationRow row : rows) {
            Confusion v = row.validation();
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.4f,%.4f,%d,%d,%d,%d,%d,%d,%.1f%n", row.trainedPart(),
                    yesNo(row.usesVggish()), yesNo(row.usesResNet()), v.f1(), v.precision(), v.recall(),
                    v.truePositives(), v.falsePositives(), v.falseNegatives(), v.trueNegatives(), row.epochs(),
                    row.bestEpoch(), row.elapsed().toMillis() / 1000.0));
        }
        return csv.toString();
    }

    private static String yesNo(boolean uses) {
        return uses ? "yes" : "no";
    }
}
