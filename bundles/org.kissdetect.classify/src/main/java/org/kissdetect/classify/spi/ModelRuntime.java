package org.kissdetect.classify.spi;

/**
 * How the classifier factory wants a model to run, from its configuration (PIDs
 * {@code org.kissdetect.classify.device} and {@code org.kissdetect.classify.factory}), already resolved: libtorch
 * has started and the device is decided.
 *
 * @param gpu       run on the first GPU (the factory decided that one is there); else the CPU
 * @param threads   libtorch's intra-op threads per pass on the CPU, at least 1
 * @param batchSize samples per forward pass, at least 1
 * @since 1.1
 */
public record ModelRuntime(boolean gpu, int threads, int batchSize) {

    /** Checks the counts. */
    public ModelRuntime {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("a model runs with at least 1 thread and a batch of at least 1, got "
                    + threads + " and " + batchSize);
        }
    }
}
