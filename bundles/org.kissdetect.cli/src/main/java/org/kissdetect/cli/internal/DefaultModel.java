package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.train.DemoModel;

/** The model a command uses when none is named: the demo model, rebuilt when missing, and said to be a demo. */
final class DefaultModel {

    private DefaultModel() {
    }

    /**
     * @param named the model the user named, or {@code null}
     * @return {@code named}, or the demo model's folder once it is ready
     */
    static Path orDemo(Path named, DemoModel demo, PrintWriter err, boolean quiet, Cancellation cancellation) {
        if (named != null) {
            return named;
        }
        TrainingProgress progress = new TrainingProgress(err, ProgressPrinter.modeFor(quiet), 0);
        try {
            Path directory = demo.ensure(demo.defaultDirectory(), progress, cancellation);
            if (!quiet) {
                progress.notice("no --model given: using the " + demo.notice());
            }
            return directory;
        } catch (Exception e) {
            throw TrainingFailures.of(e);
        } finally {
            progress.finish();
        }
    }
}
