package org.kissdetect.checkpoints.internal.torch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.checkpoints.internal.pickle.PickleException;
import org.kissdetect.checkpoints.internal.pickle.PickleInput;
import org.kissdetect.checkpoints.internal.pickle.PyDict;
import org.kissdetect.checkpoints.internal.pickle.Unpickler;

/**
 * The legacy format of {@code torch.save} (torch 0.1.10 to 1.5, and {@code _use_new_zipfile_serialization=False}):
 * pickles of the magic number, the protocol version and the system's sizes, then the main pickle, then the list of
 * storage keys, then each storage as its element count (8 bytes) and its raw elements, in that list's order.
 */
final class LegacyCheckpoint implements CheckpointSource {

    private static final BigInteger MAGIC_NUMBER = new BigInteger("1950a86a20f9469cfc6c", 16);
    private static final long PROTOCOL_VERSION = 1001;

    private final InputStream stream;
    private final long fileSize;
    private final TorchVocabulary vocabulary = new TorchVocabulary(TorchVocabulary.Format.LEGACY);
    private long consumed;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private List<?> storageKeys;

    LegacyCheckpoint(Path file) throws IOException {
        fileSize = Files.size(file);
        stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    @Override
    public Object root() throws PickleException {
        if (!MAGIC_NUMBER.equals(nextPickle())) {
            throw new PickleException("is a pickle without torch.save's magic number: not a PyTorch checkpoint");
        }
        if (!Long.valueOf(PROTOCOL_VERSION).equals(nextPickle())) {
            throw new PickleException("is of a legacy protocol version other than " + PROTOCOL_VERSION);
        }
        if (nextPickle() instanceof PyDict systemInfo && Boolean.FALSE.equals(systemInfo.get("little_endian"))) {
            order = ByteOrder.BIG_ENDIAN;
        }
        Object root = nextPickle();
        if (!(nextPickle() instanceof List<?> keys)) {
            throw new PickleException("lacks the list of storage keys after its pickle");
        }
        storageKeys = keys;
        return root;
    }

    @Override
    public Map<String, StorageRef> storages() {
        return vocabulary.storages();
    }

    @Override
    public void readStorages(Set<String> keys, StorageBytes consumer) throws PickleException {
        Map<String, StorageRef> storages = storages();
        Set<String> missing = new HashSet<>(keys);
        PickleInput in = new PickleInput(stream, fileSize - consumed);
        for (Object item : storageKeys) {
            StorageRef storage = item instanceof String key ? storages.get(key) : null;
            if (storage == null) {
                throw new PickleException("stores a storage its pickle never names");
            }
            long count = in.readLittleEndian(8, "the length of storage " + storage.key());
            if (order == ByteOrder.BIG_ENDIAN) {
                count = Long.reverseBytes(count);
            }
            if (count != storage.numel()) {
                throw new PickleException("stores " + count + " elements for storage " + storage.key()
                        + ", where its pickle declares " + storage.numel());
            }
            long size = storage.byteSize();
            String what = "storage " + storage.key() + " (" + size + " bytes)";
            if (missing.remove(storage.key())) {
                consumer.accept(storage.key(), ByteBuffer.wrap(in.read(size, what)).order(order));
            } else {
                in.skip(size, what);
            }
        }
        if (!missing.isEmpty()) {
            throw new PickleException("lacks storage " + missing.iterator().next() + " that its pickle names");
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    private Object nextPickle() throws PickleException {
        PickleInput in = new PickleInput(stream, Math.min(fileSize - consumed, ZipCheckpoint.LARGEST_PICKLE));
        Object value = new Unpickler(in, vocabulary).load();
        consumed += in.position();
        return value;
    }
}
