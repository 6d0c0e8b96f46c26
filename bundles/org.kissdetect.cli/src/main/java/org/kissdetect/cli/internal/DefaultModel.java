package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.model.ResolvedModel;

/** The model a command uses, as the model repository resolves it, with the demo model's notice on stderr. */
final class DefaultModel {

    private DefaultModel() {
    }

    /**
     * @param named the model the user named, or {@code null} for the demo model
     * @return the model directory once it is ready
     */
    static Path orDemo(Path named, ModelRepository models, PrintWriter err, boolean quiet, Cancellation cancellation) {
        return resolve(ModelReference.namedOrDemo(named), models, err, quiet, cancellation).directory();
    }

    /** Resolves a reference, showing progress (making the demo model takes seconds) and the demo model's notice. */
    static ResolvedModel resolve(ModelReference reference, ModelRepository models, PrintWriter err, boolean quiet,
            Cancellation cancellation) {
        TrainingProgress progress = new TrainingProgress(err, ProgressPrinter.modeFor(quiet), 0);
        try {
            ResolvedModel model = models.resolve(reference, progress, cancellation);
            if (model.demo() && !quiet) {
                progress.notice("no --model given: using the " + model.notice());
            }
            return model;
        } catch (ModelCancelledException e) {
            throw new CommandFailure(ExitCodes.CANCELLED, e.getMessage(), e);
        } catch (Exception e) {
            throw TrainingFailures.of(e);
        } finally {
            progress.finish();
        }
    }
}
