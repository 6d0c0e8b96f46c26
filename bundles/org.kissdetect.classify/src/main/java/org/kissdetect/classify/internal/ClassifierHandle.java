package org.kissdetect.classify.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.ModelInput;

/** One caller's use of a shared model: closing it tells the owner, once, that this caller is done. */
final class ClassifierHandle implements Classifier {

    /** Told when a handle is closed. */
    interface Owner {
        void released();
    }

    private final Classifier model;
    private final Owner owner;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param model the loaded model, whose own {@code close} frees it: never called by a handle
     * @param owner told when this handle closes
     */
    ClassifierHandle(Classifier model, Owner owner) {
        this.model = model;
        this.owner = owner;
    }

    @Override
    public ModelDescriptor model() {
        return model.model();
    }

    @Override
    public int batchSize() {
        return model.batchSize();
    }

    @Override
    public Optional<ClipPreprocessing> clipInput() {
        return model.clipInput();
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        requireOpen();
        return model.kissingProbabilities(batch);
    }

    @Override
    public Optional<Saliency> saliency(ModelInput input) throws ClassificationException {
        requireOpen();
        return model.saliency(input);
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this handle on model " + model.model().id()
                    + " was closed: open the model again");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            owner.released();
        }
    }
}
