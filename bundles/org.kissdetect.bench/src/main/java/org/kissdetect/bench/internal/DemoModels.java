package org.kissdetect.bench.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;

/** The model a benchmark times: the one named, or the demo model when none is, as the model repository resolves it. */
final class DemoModels {

    private DemoModels() {
    }

    /**
     * @param named the {@code model=DIR} a benchmark was given, or {@code null}
     * @return the model's folder, ready
     */
    static Path orDemo(Path named, ModelRepository models) {
        try {
            return models.resolve(ModelReference.namedOrDemo(named), new ModelListener() { }, () -> false).directory();
        } catch (ModelException e) {
            throw new BenchFailure(ExitCodes.MODEL_PROBLEM, "the model: " + e.getMessage(), e);
        } catch (ModelCancelledException e) {
            throw new BenchFailure(ExitCodes.CANCELLED, "cancelled while making the demo model", e);
        } catch (IOException e) {
            throw new BenchFailure(ExitCodes.FAILED, "cannot make the demo model: " + e.getMessage(), e);
        }
    }
}
