package org.kissdetect.checkpoints.internal.torch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;

import org.kissdetect.checkpoints.internal.pickle.PickleException;

/** One checkpoint format: its main pickle, then the storages' bytes in the order the format keeps them. */
interface CheckpointSource extends AutoCloseable {

    /** Receives one storage's bytes, ordered as the file says. */
    interface StorageBytes {
        void accept(String key, ByteBuffer bytes) throws PickleException;
    }

    /** Unpickles the main pickle (once). */
    Object root() throws PickleException, IOException;

    /** The storages the main pickle named, by key, once {@link #root()} was read. */
    java.util.Map<String, StorageRef> storages();

    /** Reads each of {@code keys}'s storages once and hands it over; storages not asked for are skipped. */
    void readStorages(Set<String> keys, StorageBytes consumer) throws PickleException, IOException;

    @Override
    void close() throws IOException;
}
