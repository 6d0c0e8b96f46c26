package org.kissdetect.checkpoints.internal.torch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.checkpoints.internal.pickle.PickleException;
import org.kissdetect.common.files.FileErrors;

/**
 * Reads a {@code .pth} file as a state dict: tells the format by its first bytes, unpickles the main pickle with
 * the torch allow-list, finds the state dict, checks every tensor against its storage and the memory it needs,
 * then reads only the storages those tensors use, one at a time.
 */
public final class PthReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int PICKLE_PROTO = 0x80;
    private static final int TAR_MAGIC_AT = 257;

    private PthReader() {
    }

    /**
     * @param file   the checkpoint
     * @param sha256 its sha256, as the caller computed it
     * @throws CheckpointException naming the file and what is wrong
     */
    public static StateDict read(Path file, String sha256) throws CheckpointException {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        try (CheckpointSource source = open(file)) {
            return new StateDict(file, sha256, tensors(source));
        } catch (PickleException e) {
            throw new CheckpointException(file, e.getMessage());
        } catch (IOException e) {
            throw new CheckpointException(file, "cannot be read: " + FileErrors.reason(e), e);
        } catch (UncheckedIOException e) {
            throw new CheckpointException(file, "cannot be read: " + FileErrors.reason(e.getCause()), e);
        }
    }

    private static CheckpointSource open(Path file) throws PickleException, IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(TAR_MAGIC_AT + 5);
        }
        if (start.length >= ZIP_MAGIC.length && Arrays.equals(start, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length)) {
            return new ZipCheckpoint(file);
        }
        if (start.length > TAR_MAGIC_AT && new String(start, TAR_MAGIC_AT, start.length - TAR_MAGIC_AT,
                java.nio.charset.StandardCharsets.US_ASCII).equals("ustar")) {
            throw new PickleException("is in the tar format of torch before 0.1.10, which is not read");
        }
        if (start.length > 0 && (start[0] & 0xff) == PICKLE_PROTO) {
            return new LegacyCheckpoint(file);
        }
        throw new PickleException(start.length == 0 ? "is empty" : "is not a PyTorch checkpoint: neither torch.save's"
                + " zip format nor its legacy pickle format");
    }

    private static Map<String, CheckpointTensor> tensors(CheckpointSource source) throws PickleException, IOException {
        Map<String, TensorRef> refs = StateDictFinder.tensors(source.root());
        Map<String, List<String>> namesByStorage = new HashMap<>();
        Set<String> storageOrder = new LinkedHashSet<>();
        long outputBytes = 0;
        long largestStorage = 0;
        for (Map.Entry<String, TensorRef> entry : refs.entrySet()) {
            TensorRef tensor = entry.getValue();
            long count = TensorValues.check(entry.getKey(), tensor);
            outputBytes += TensorValues.outputBytes(tensor, count);
            largestStorage = Math.max(largestStorage, tensor.storage().byteSize());
            namesByStorage.computeIfAbsent(tensor.storage().key(), key -> new java.util.ArrayList<>()).add(entry.getKey());
            storageOrder.add(tensor.storage().key());
        }
        MemoryCheck.enoughFor(outputBytes + largestStorage);
        Map<String, CheckpointTensor> read = new HashMap<>();
        source.readStorages(storageOrder, (key, bytes) -> {
            for (String name : namesByStorage.get(key)) {
                read.put(name, TensorValues.read(name, refs.get(name), bytes));
            }
        });
        Map<String, CheckpointTensor> inOrder = new LinkedHashMap<>();
        refs.keySet().forEach(name -> inOrder.put(name, read.get(name)));
        return inOrder;
    }
}
