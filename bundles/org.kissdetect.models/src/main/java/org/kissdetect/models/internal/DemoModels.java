package org.kissdetect.models.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ResolvedModel;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;

/** Makes the demo model through the training bundle's {@link DemoModel}, in the repository's terms. */
final class DemoModels {

    private DemoModels() {
    }

    /** The demo model in its default folder, made when missing or different from what is shipped. */
    static ResolvedModel resolve(DemoModel demo, ModelListener listener, Cancellation cancellation)
            throws ModelException, ModelCancelledException, IOException {
        Path directory = demo.defaultDirectory();
        try {
            Path ready = demo.ensure(directory, listenerFor(listener), cancellation);
            return new ResolvedModel(ModelReference.demo(), ready, true, demo.notice());
        } catch (TrainingCancelledException e) {
            throw new ModelCancelledException(e.getMessage(), e);
        } catch (MediaException | ClassificationException e) {
            // Only when the shipped linear layer is missing and the demo model must be trained on the synthetic set.
            throw new ModelException(directory, "the demo model could not be trained: " + e.getMessage(), e);
        }
    }

    private static TrainingListener listenerFor(ModelListener listener) {
        return new TrainingListener() {
            @Override
            public void stage(String stage, int done, int total) {
                listener.stage(stage, done, total);
            }

            @Override
            public void batch(int epoch, int batch, int batches, double loss) {
                listener.stage("training the demo model, epoch " + epoch, batch, batches);
            }

            @Override
            public void notice(String text) {
                listener.notice(text);
            }
        };
    }
}
