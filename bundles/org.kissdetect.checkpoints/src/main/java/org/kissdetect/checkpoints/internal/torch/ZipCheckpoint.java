package org.kissdetect.checkpoints.internal.torch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.kissdetect.checkpoints.internal.pickle.PickleException;
import org.kissdetect.checkpoints.internal.pickle.PickleInput;
import org.kissdetect.checkpoints.internal.pickle.Unpickler;

/**
 * The zip format of {@code torch.save} (torch 1.6 and later): {@code ARCHIVE/data.pkl}, the storages as
 * {@code ARCHIVE/data/KEY}, an optional {@code ARCHIVE/byteorder}; {@code ARCHIVE} is any one folder name.
 * Entries are read only up to the size the zip's directory declares, which must be what the pickle declares.
 */
final class ZipCheckpoint implements CheckpointSource {

    /** A state dict's pickle is small (ResNet-152's: 60 KB); tensors are in the storages. */
    static final long LARGEST_PICKLE = 64L << 20;
    /** Deflate cannot shrink more than about 1032-fold: an entry claiming more is a zip bomb. */
    private static final long MOST_INFLATION = 1032;

    private final ZipFile zip;
    private final String archive;
    private final ByteOrder order;
    private final TorchVocabulary vocabulary = new TorchVocabulary(TorchVocabulary.Format.ZIP);

    ZipCheckpoint(Path file) throws PickleException, IOException {
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new PickleException("is not a complete zip file (" + e.getMessage() + "): truncated or damaged");
        }
        try {
            archive = archiveFolder();
            order = byteOrder();
        } catch (PickleException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public Object root() throws PickleException, IOException {
        ZipEntry pickle = zip.getEntry(archive + "data.pkl");
        long size = checkedSize(pickle, LARGEST_PICKLE);
        try (InputStream in = new BufferedInputStream(zip.getInputStream(pickle), 1 << 16)) {
            Object root = new Unpickler(new PickleInput(in, size), vocabulary).load();
            return root;
        }
    }

    @Override
    public Map<String, StorageRef> storages() {
        return vocabulary.storages();
    }

    @Override
    public void readStorages(Set<String> keys, StorageBytes consumer) throws PickleException, IOException {
        Map<String, StorageRef> storages = storages();
        for (String key : keys) {
            StorageRef storage = storages.get(key);
            String name = archive + "data/" + key;
            ZipEntry entry = zip.getEntry(name);
            if (entry == null || entry.isDirectory()) {
                throw new PickleException("lacks the entry " + name + " of the storage its pickle names");
            }
            long declared = storage.byteSize();
            long size = checkedSize(entry, Integer.MAX_VALUE - 8L);
            if (size != declared) {
                throw new PickleException("holds " + size + " bytes in " + name + ", where its pickle declares "
                        + storage.numel() + " elements of " + storage.type() + " (" + declared + " bytes)");
            }
            byte[] bytes = new byte[(int) size];
            try (InputStream in = zip.getInputStream(entry)) {
                if (in.readNBytes(bytes, 0, bytes.length) < bytes.length) {
                    throw new PickleException("ends in the middle of " + name + ": truncated or damaged");
                }
            } catch (ZipException e) {
                throw new PickleException("has a damaged entry " + name + " (" + e.getMessage() + ")");
            }
            consumer.accept(key, ByteBuffer.wrap(bytes).order(order));
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private String archiveFolder() throws PickleException {
        List<String> pickles = zip.stream().map(ZipEntry::getName)
                .filter(name -> name.matches("[^/]+/data\\.pkl")).toList();
        if (pickles.size() != 1) {
            throw new PickleException(pickles.isEmpty() ? "is a zip file without an ARCHIVE/data.pkl: not a"
                    + " torch.save checkpoint" : "is a zip file with " + pickles.size() + " data.pkl folders");
        }
        String folder = pickles.get(0).substring(0, pickles.get(0).length() - "data.pkl".length());
        if (zip.getEntry(folder + "constants.pkl") != null) {
            throw new PickleException("is a TorchScript archive (torch.jit.save), not a torch.save state dict");
        }
        return folder;
    }

    private ByteOrder byteOrder() throws PickleException, IOException {
        ZipEntry entry = zip.getEntry(archive + "byteorder");
        if (entry == null) {
            return ByteOrder.LITTLE_ENDIAN; // torch's rule for files written before the record existed
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readNBytes(16), StandardCharsets.US_ASCII);
            return switch (text) {
                case "little" -> ByteOrder.LITTLE_ENDIAN;
                case "big" -> ByteOrder.BIG_ENDIAN;
                default -> throw new PickleException("declares a byte order that is neither little nor big");
            };
        }
    }

    private static long checkedSize(ZipEntry entry, long most) throws PickleException {
        long size = entry.getSize();
        if (size < 0 || size > most) {
            throw new PickleException("holds " + entry.getName() + " of " + (size < 0 ? "unknown size" : size
                    + " bytes (at most " + most + " are read)"));
        }
        if (entry.getMethod() == ZipEntry.DEFLATED && size > Math.max(entry.getCompressedSize(), 1) * MOST_INFLATION) {
            throw new PickleException("holds " + entry.getName() + " inflating " + entry.getCompressedSize()
                    + " bytes to " + size + ", more than deflate can: refused as a zip bomb");
        }
        return size;
    }
}
