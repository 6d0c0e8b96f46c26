package org.kissdetect.cli.internal;

import java.io.PrintWriter;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.SecondObserver;

/**
 * One movie's detection as the commands run it: progress on stderr, then the detection's warnings (damage, gaps, an
 * early end, a resumed run, a score cache that could not be written), each failure mapped to its exit code.
 */
final class DetectionRun {

    private DetectionRun() {
    }

    static Detection of(DetectionService detection, DetectionRequest request, Interruption interruption,
            PrintWriter err, boolean quiet) {
        return of(detection, request, null, interruption, err, quiet);
    }

    /** @param observer shown every decoded second (a report's stills), or {@code null} */
    static Detection of(DetectionService detection, DetectionRequest request, SecondObserver shown,
            Interruption interruption, PrintWriter err, boolean quiet) {
        SecondObserver observer = StartupTiming.around(shown, err);
        ProgressPrinter progress = new ProgressPrinter(err, ProgressPrinter.modeFor(quiet),
                request.movie().getFileName().toString());
        try {
            Detection result = observer == null ? detection.detect(request, progress, interruption)
                    : detection.detect(request, progress, interruption, observer);
            progress.finish();
            for (String warning : result.warnings()) {
                err.println("kissdetect: warning: " + request.movie().getFileName() + ": " + warning.replace('\n', ' '));
            }
            return result;
        } catch (MediaException e) {
            throw new CommandFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        } catch (ModelException | ClassificationException e) {
            throw new CommandFailure(ExitCodes.MODEL_PROBLEM, e.getMessage(), e);
        } catch (DetectionCancelledException e) {
            throw new CommandFailure(ExitCodes.CANCELLED, e.getMessage(), e);
        } finally {
            progress.finish();
        }
    }
}
