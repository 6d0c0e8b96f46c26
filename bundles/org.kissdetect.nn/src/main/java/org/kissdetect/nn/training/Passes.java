package org.kissdetect.nn.training;

import java.util.List;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.features.ModelInput;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * Runs a network's computations, each in its own NDManager scope closed at its end: inference without gradient
 * recording, and training steps (forward, softmax cross-entropy, backward, one Adam step). libtorch's gradient
 * recording is process-wide, so the training steps of all networks take turns.
 */
public final class Passes {

    private static final Object GRADIENTS = new Object();

    /** A computation on the arrays of one pass. */
    public interface Pass<T> {
        T run(NDManager pass);
    }

    private final Engine engine;
    private final NDManager manager;
    private final Adam adam;
    private final int threads;

    public Passes(Engine engine, NDManager manager, Adam adam, int threads) {
        this.engine = engine;
        this.manager = manager;
        this.adam = adam;
        this.threads = threads;
    }

    public float[] inference(List<ModelInput> batch, Pass<NDArray> computation) throws ClassificationException {
        boolean gradMode = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        useThreads();
        try (NDManager pass = manager.newSubManager()) {
            return computation.run(pass).toFloatArray();
        } catch (EngineException e) {
            throw failure(batch, e);
        } finally {
            JniUtils.setGradMode(gradMode);
        }
    }

    public double step(int samples, boolean[] kissing, Pass<NDList> forward) throws ClassificationException {
        if (kissing.length != samples) {
            throw new IllegalArgumentException(samples + " samples but " + kissing.length + " labels");
        }
        useThreads();
        synchronized (GRADIENTS) {
            try (NDManager pass = manager.newSubManager()) {
                double loss;
                try (GradientCollector collector = engine.newGradientCollector()) {
                    NDArray logits = forward.run(pass).singletonOrThrow();
                    NDArray mean = Logits.crossEntropy(logits, kissing);
                    loss = mean.getFloat();
                    collector.backward(mean);
                }
                adam.step();
                return loss;
            } catch (EngineException e) {
                throw failure(null, e);
            }
        }
    }

    private void useThreads() {
        if (manager.getDevice().equals(Device.cpu()) && threads > 0) {
            JniUtils.setNumThreads(threads);
        }
    }

    private static ClassificationException failure(List<ModelInput> batch, EngineException e) {
        String where = batch == null || batch.isEmpty() ? "" : " on " + batch.size() + " samples from second "
                + batch.get(0).second();
        return new ClassificationException("libtorch failed" + where + ": " + e.getMessage(), e);
    }
}
