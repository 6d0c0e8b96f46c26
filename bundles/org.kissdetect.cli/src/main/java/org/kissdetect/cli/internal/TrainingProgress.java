package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.TrainingListener;

/**
 * Shows training on stderr: on a terminal a bar per stage and per epoch, redrawn in place, with the running loss;
 * otherwise a line per stage milestone; in every mode but quiet a line per epoch with its validation results.
 * Notices (random backbones, the demo model's limits) are always shown. It also shows the making of a model.
 */
final class TrainingProgress implements TrainingListener, ModelListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final ProgressPrinter.Mode mode;
    private final int epochs;
    private boolean drawn;
    private String lastStage = "";
    private int lastQuarter = -1;

    /**
     * @param epochs the epochs in all, or 0 when they vary (the ablation)
     */
    TrainingProgress(PrintWriter err, ProgressPrinter.Mode mode, int epochs) {
        this.err = err;
        this.mode = mode;
        this.epochs = epochs;
    }

    @Override
    public void stage(String stage, int done, int total) {
        if (mode == ProgressPrinter.Mode.BAR) {
            draw(stage, done, total, done + "/" + total);
        } else if (mode == ProgressPrinter.Mode.LINES) {
            int quarter = total <= 0 ? 4 : done * 4 / total;
            if (!stage.equals(lastStage) || quarter > lastQuarter) {
                err.println(stage + ": " + done + "/" + total);
                err.flush();
                lastStage = stage;
                lastQuarter = quarter;
            }
        }
    }

    @Override
    public void batch(int epoch, int batch, int batches, double loss) {
        if (mode == ProgressPrinter.Mode.BAR) {
            draw(epochName(epoch), batch, batches, String.format(Locale.ROOT, "loss %.4f", loss));
        }
    }

    @Override
    public void epoch(EpochMetrics metrics) {
        if (mode != ProgressPrinter.Mode.QUIET) {
            finish();
            Confusion v = metrics.validation();
            String training = metrics.trainingResults().map(t -> String.format(Locale.ROOT,
                    ", training F1 %.3f (precision %.3f, recall %.3f)", t.f1(), t.precision(), t.recall())).orElse("");
            err.println(String.format(Locale.ROOT, "%s: loss %.4f, validation F1 %.3f (precision %.3f, recall %.3f)%s,"
                    + " %.1f s", epochName(metrics.epoch()), metrics.trainLoss(), v.f1(), v.precision(), v.recall(),
                    training, metrics.elapsed().toMillis() / 1000.0));
            err.flush();
        }
    }

    @Override
    public void notice(String text) {
        finish();
        err.println(text);
        err.flush();
    }

    /** Ends a bar's line so that what follows starts on a fresh one. */
    void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    private String epochName(int epoch) {
        return "epoch " + epoch + (epochs > 0 ? "/" + epochs : "");
    }

    private void draw(String name, int done, int total, String detail) {
        int filled = total <= 0 ? WIDTH : (int) Math.round(Math.min(1.0, (double) done / total) * WIDTH);
        err.print("\r" + name + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + detail + "   ");
        err.flush();
        drawn = true;
    }
}
