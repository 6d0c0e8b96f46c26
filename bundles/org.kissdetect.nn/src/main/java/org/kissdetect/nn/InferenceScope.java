package org.kissdetect.nn;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The parameters of a loaded network and the passes that use them. Each pass runs without autograd, with the
 * caller's number of libtorch threads on the CPU, in its own sub-manager closed at its end, so memory stays flat
 * however many passes run; passes run concurrently. Closing waits for the passes in flight and refuses later ones:
 * native memory is never used after it is freed.
 */
public final class InferenceScope implements AutoCloseable {

    /** A pass asked for after {@link #close()}. */
    public static final class ClosedException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        ClosedException() {
            super("the network was closed");
        }
    }

    private final NDManager parameters;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    /** @param parameters the manager holding the network's parameters, closed with this scope */
    public InferenceScope(NDManager parameters) {
        this.parameters = parameters;
    }

    /** @return the manager holding the parameters */
    public NDManager parameters() {
        return parameters;
    }

    /**
     * Runs one pass.
     *
     * @param threads libtorch's intra-op threads for the calling thread on the CPU, 0 to leave its setting
     * @param pass    given the pass's own manager (closed when it returns), computes the result, copied out of
     *                native memory
     * @param <T>     the result
     * @return what the pass computed
     * @throws ClosedException when the scope is closed
     */
    public <T> T run(int threads, Function<NDManager, T> pass) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new ClosedException();
            }
            boolean onCpu = parameters.getDevice().equals(Device.cpu());
            boolean gradMode = JniUtils.isGradMode();
            int previousThreads = JniUtils.getNumThreads();
            JniUtils.setGradMode(false);
            if (onCpu && threads > 0) {
                JniUtils.setNumThreads(threads);
            }
            try (NDManager arrays = parameters.newSubManager()) {
                return pass.apply(arrays);
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

    /** @return how many arrays the scope holds now: the parameters, once every pass has ended */
    public int liveArrays() {
        return parameters.getManagedArrays().size();
    }

    /** Frees the parameters once no pass is running; later passes fail. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                parameters.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
