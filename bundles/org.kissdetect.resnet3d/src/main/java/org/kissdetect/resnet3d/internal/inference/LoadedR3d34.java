package org.kissdetect.resnet3d.internal.inference;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.kissdetect.resnet3d.internal.network.R3d34;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;

/**
 * A 3D ResNet-34 whose parameters live in libtorch, ready for concurrent forward passes. Each pass runs in its own
 * NDManager scope, closed at its end, so memory stays flat however many passes run. Closing waits for passes in
 * flight and refuses later ones: native memory is never used after it is freed.
 */
public final class LoadedR3d34 implements AutoCloseable {

    /**
     * What a pass gives, clip-major.
     *
     * @param features 512 per clip
     * @param logits   one per class per clip
     */
    public record Outputs(float[] features, float[] logits) {
    }

    private final R3d34 network;
    private final NDManager manager;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    LoadedR3d34(R3d34 network, NDManager manager) {
        this.network = network;
        this.manager = manager;
    }

    /** @return the number of classes of its {@code fc} */
    public int classes() {
        return network.classes();
    }

    /** @return the device its parameters live on, as DJL names it */
    public String device() {
        return manager.getDevice().toString();
    }

    /**
     * Runs the network on a batch.
     *
     * @param clips   {@code count} clips, each (3, frames, side, side), clip-major
     * @param count   the number of clips
     * @param frames  frames per clip
     * @param side    the side of the square frames
     * @param threads libtorch's intra-op threads for the calling thread on the CPU, 0 to leave its setting
     * @return features and logits
     * @throws IllegalArgumentException when the array does not hold {@code count} such clips
     * @throws IllegalStateException    when closed
     * @throws EngineException          when libtorch fails
     */
    public Outputs forward(float[] clips, int count, int frames, int side, int threads) {
        long length = 3L * count * frames * side * side;
        if (count < 1 || frames < 1 || side < 1 || clips.length != length) {
            throw new IllegalArgumentException(count + " clips of " + frames + "x" + side + "x" + side + " need "
                    + length + " values, got " + clips.length);
        }
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the 3D ResNet-34 was closed");
            }
            boolean onCpu = manager.getDevice().equals(Device.cpu());
            boolean gradMode = JniUtils.isGradMode();
            int previousThreads = JniUtils.getNumThreads();
            JniUtils.setGradMode(false);
            if (onCpu && threads > 0) {
                JniUtils.setNumThreads(threads);
            }
            try (NDManager pass = manager.newSubManager()) {
                NDList input = new NDList(pass.create(clips, R3d34.inputShape(count, frames, side)));
                NDList output = network.forward(new ParameterStore(manager, false), input, false);
                return new Outputs(output.get(0).toFloatArray(), output.get(1).toFloatArray());
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

    /** @return how many arrays it holds now: its parameters, once every pass has ended */
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
