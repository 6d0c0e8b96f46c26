package org.kissdetect.classify.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.features.ModelInput;

/** One caller's use of a shared detector: closing it tells the owner, once, that this caller is done. */
final class ClassifierHandle implements Classifier {

    /** Told when a handle is closed. */
    interface Owner {
        void released();
    }

    private final DetectorClassifier detector;
    private final Owner owner;
    private final AtomicBoolean closed = new AtomicBoolean();

    ClassifierHandle(DetectorClassifier detector, Owner owner) {
        this.detector = detector;
        this.owner = owner;
    }

    @Override
    public ModelDescriptor model() {
        return detector.model();
    }

    @Override
    public int batchSize() {
        return detector.batchSize();
    }

    @Override
    public float[] kissingProbabilities(List<ModelInput> batch) throws ClassificationException {
        if (closed.get()) {
            throw new IllegalStateException("this handle on model " + detector.model().id()
                    + " was closed: open the model again");
        }
        return detector.kissingProbabilities(batch);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            owner.released();
        }
    }
}
