package org.kissdetect.classify.internal.model;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.classify.internal.network.DetectorNetwork;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;

/**
 * A detector whose parameters live in libtorch, ready for concurrent forward passes. Each pass runs in its own
 * NDManager scope, closed at its end, so memory stays flat however many passes run. Closing waits for passes
 * in flight and refuses later ones: native memory is never used after it is freed.
 */
public final class LoadedDetector implements AutoCloseable {

    private final ModelDescriptor descriptor;
    private final DetectorNetwork network;
    private final NDManager manager;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    LoadedDetector(ModelDescriptor descriptor, DetectorNetwork network, NDManager manager) {
        this.descriptor = descriptor;
        this.network = network;
        this.manager = manager;
    }

    /** @return the model's id, version, variant and device */
    public ModelDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Runs the network.
     *
     * @param inputs  the samples, already checked
     * @param threads the intra-op threads of the calling thread on the CPU, 0 to leave libtorch's setting
     * @return two logits per sample, sample-major
     * @throws ClassificationException when libtorch fails or the detector is closed
     */
    public float[] logits(List<ModelInput> inputs, int threads) throws ClassificationException {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new ClassificationException("model " + descriptor.id() + " was closed", null);
            }
            boolean onCpu = manager.getDevice().equals(Device.cpu());
            boolean gradMode = JniUtils.isGradMode();
            int previousThreads = JniUtils.getNumThreads();
            JniUtils.setGradMode(false);
            if (onCpu && threads > 0) {
                JniUtils.setNumThreads(threads);
            }
            try (NDManager pass = manager.newSubManager()) {
                NDList output = network.forward(new ParameterStore(manager, false),
                        InputArrays.of(pass, network.variant(), inputs), false);
                return output.singletonOrThrow().toFloatArray();
            } catch (EngineException e) {
                throw new ClassificationException("libtorch failed on " + inputs.size() + " samples from second "
                        + inputs.get(0).second() + ": " + e.getMessage(), e);
            } finally {
                JniUtils.setGradMode(gradMode);
                if (onCpu && threads > 0) {
                    JniUtils.setNumThreads(previousThreads);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** @return how many arrays the detector holds now: its parameters, once every pass has ended */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    /** Frees the parameters once no pass is running; later passes fail. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                manager.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
