package org.kissdetect.checkpoints.internal.torch;

import org.kissdetect.checkpoints.internal.pickle.PickleException;

/** Refuses, before reading, a checkpoint whose tensors would not fit in the memory Java may still use. */
final class MemoryCheck {

    private static final long MIB = 1 << 20;

    private MemoryCheck() {
    }

    static void enoughFor(long bytes) throws PickleException {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (bytes > available) {
            throw new PickleException("needs " + bytes / MIB + " MiB of memory for its tensors, more than Java may"
                    + " still use (" + available / MIB + " MiB): give Java more (-Xmx)");
        }
    }
}
