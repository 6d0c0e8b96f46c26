package org.kissdetect.bench.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;

/** The model a benchmark times when none is named: the demo model, rebuilt when missing. */
final class DemoModels {

    private DemoModels() {
    }

    /**
     * @param named the {@code model=DIR} a benchmark was given, or {@code null}
     * @return {@code named}, or the demo model's folder once it is ready
     */
    static Path orDemo(Path named, DemoModel demo) {
        if (named != null) {
            return named;
        }
        try {
            return demo.ensure(demo.defaultDirectory(), new TrainingListener() { }, () -> false);
        } catch (ModelException | ClassificationException e) {
            throw new BenchFailure(ExitCodes.MODEL_PROBLEM, "the demo model: " + e.getMessage(), e);
        } catch (TrainingCancelledException e) {
            throw new BenchFailure(ExitCodes.CANCELLED, "cancelled while making the demo model", e);
        } catch (MediaException | IOException e) {
            throw new BenchFailure(ExitCodes.FAILED, "cannot make the demo model: " + e.getMessage(), e);
        }
    }
}
