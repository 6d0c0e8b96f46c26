package org.kissdetect.classify.internal.weights;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.common.text.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A safetensors file, its header checked before any tensor is used: an 8-byte little-endian header length, a
 * JSON header naming each tensor's dtype, shape and byte range, then the raw little-endian data. Every problem is
 * reported with the file and the tensor. Read by hand rather than with DJL's {@code NDList.decode}, which neither
 * checks the header against the data nor names the tensor at fault.
 *
 * <p>A file is either held in a byte array or {@link #map mapped} read-only; a mapped file keeps its bytes out of
 * the Java heap and is unmapped by {@link #close()}, so that loading a 330 MB detector does not hold its
 * parameters three times over.
 */
public final class SafetensorsFile implements AutoCloseable {

    /** Bytes per element of the dtypes the format defines. */
    private static final Map<String, Integer> DTYPE_SIZES = Map.of("F64", 8, "F32", 4, "F16", 2, "BF16", 2,
            "I64", 8, "I32", 4, "I16", 2, "I8", 1, "U8", 1, "BOOL", 1);
    /** The header entry that holds text rather than a tensor. */
    public static final String METADATA = "__metadata__";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One tensor of the header.
     *
     * @param name  its name
     * @param dtype its safetensors dtype, such as {@code F32}
     * @param shape its dimensions
     * @param begin the offset of its first byte after the header
     * @param end   the offset after its last byte
     */
    public record Entry(String name, String dtype, long[] shape, int begin, int end) {

        /** @return the shape as PyTorch prints it, {@code [64, 3, 7, 7]} */
        public String shapeText() {
            return Arrays.toString(shape);
        }
    }

    private final Path file;
    private final ByteBuffer whole;
    private final int dataStart;
    private final Map<String, Entry> entries;
    private final Map<String, String> metadata;
    private final boolean mapped;

    private SafetensorsFile(Path file, ByteBuffer whole, int dataStart, Map<String, Entry> entries,
            Map<String, String> metadata, boolean mapped) {
        this.file = file;
        this.whole = whole;
        this.dataStart = dataStart;
        this.entries = Collections.unmodifiableMap(entries);
        this.metadata = Collections.unmodifiableMap(metadata);
        this.mapped = mapped;
    }

    /**
     * Maps a file read-only and checks its header.
     *
     * @param file the file
     * @return the mapped file; close it to unmap it
     * @throws ModelException when it is missing, unreadable, or its header is wrong
     */
    public static SafetensorsFile map(Path file) throws ModelException {
        ByteBuffer mapping;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new ModelException(file, "is " + channel.size() + " bytes, more than a model file may have");
            }
            mapping = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (NoSuchFileException e) {
            throw new ModelException(file, "no such file", e);
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return parse(file, mapping, true);
        } catch (ModelException e) {
            Unmapper.unmap(mapping);
            throw e;
        }
    }

    /**
     * Checks the header of a file's bytes.
     *
     * @param file  the file, for messages
     * @param bytes its whole content
     * @return the file, ready to hand out tensors
     * @throws ModelException when the header is missing, malformed, or names data the file does not hold
     */
    public static SafetensorsFile parse(Path file, byte[] bytes) throws ModelException {
        return parse(file, ByteBuffer.wrap(bytes), false);
    }

    private static SafetensorsFile parse(Path file, ByteBuffer whole, boolean mapped) throws ModelException {
        int length = whole.capacity();
        if (length < 8) {
            throw new ModelException(file, "is " + length + " bytes long, too short for a safetensors file");
        }
        long headerLength = whole.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        if (headerLength <= 0 || headerLength > length - 8L) {
            throw new ModelException(file, "its header claims " + headerLength + " bytes but only "
                    + (length - 8) + " follow (truncated, or not a safetensors file)");
        }
        int dataStart = 8 + (int) headerLength;
        byte[] headerBytes = new byte[(int) headerLength];
        whole.duplicate().position(8).get(headerBytes);
        JsonNode header;
        try {
            header = JSON.readTree(headerBytes);
        } catch (JsonProcessingException e) {
            throw new ModelException(file, "its header is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelException(file, "its header cannot be read: " + e.getMessage(), e);
        }
        if (header == null || !header.isObject()) {
            throw new ModelException(file, "its header is not a JSON object");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : header.properties()) {
            if (METADATA.equals(field.getKey())) {
                field.getValue().properties().forEach(m -> metadata.put(m.getKey(), m.getValue().asText()));
            } else {
                Entry entry = entry(file, field.getKey(), field.getValue());
                checkData(file, entry, length - (long) dataStart);
                entries.put(entry.name(), entry);
            }
        }
        return new SafetensorsFile(file, whole, dataStart, entries, metadata, mapped);
    }

    /** @return the header's {@value #METADATA}: free-form text by name, empty when absent */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the sha256 of the whole file as held, in lower-case hex */
    public String sha256() {
        MessageDigest sha = Sha256.newDigest();
        sha.update(whole.duplicate().clear());
        return Sha256.hex(sha);
    }

    /** @return the file these tensors come from */
    public Path file() {
        return file;
    }

    /** @return every tensor of the header, in header order */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * The values of a {@code F32} tensor.
     *
     * @param entry one of {@link #entries()}, of dtype {@code F32}
     * @return a read-only view of its values
     */
    public FloatBuffer floats(Entry entry) {
        return bytes(entry).asFloatBuffer().asReadOnlyBuffer();
    }

    /**
     * The raw little-endian bytes of a tensor: direct (no copy) when the file is mapped.
     *
     * @param entry one of {@link #entries()}
     * @return a read-only view of its bytes, in little-endian order
     */
    public ByteBuffer bytes(Entry entry) {
        return whole.duplicate().position(dataStart + entry.begin()).limit(dataStart + entry.end()).slice()
                .asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Unmaps a mapped file at once; its buffers must no longer be used. Does nothing for a file in an array. */
    @Override
    public void close() {
        if (mapped) {
            Unmapper.unmap(whole);
        }
    }

    private static Entry entry(Path file, String name, JsonNode node) throws ModelException {
        JsonNode dtype = node.get("dtype");
        JsonNode shape = node.get("shape");
        JsonNode offsets = node.get("data_offsets");
        if (dtype == null || !dtype.isTextual() || shape == null || !shape.isArray() || offsets == null
                || !offsets.isArray() || offsets.size() != 2) {
            throw new ModelException(file, "tensor " + name + ": its header entry needs dtype, shape and two "
                    + "data_offsets, got " + node);
        }
        long[] dimensions = new long[shape.size()];
        for (int i = 0; i < dimensions.length; i++) {
            dimensions[i] = shape.get(i).canConvertToLong() ? shape.get(i).asLong() : -1;
            if (dimensions[i] < 0) {
                throw new ModelException(file, "tensor " + name + ": shape " + shape + " is not a list of sizes");
            }
        }
        long begin = offsets.get(0).asLong(-1);
        long end = offsets.get(1).asLong(-1);
        if (begin < 0 || end < begin || end > Integer.MAX_VALUE) {
            throw new ModelException(file, "tensor " + name + ": data_offsets " + offsets + " are not a byte range");
        }
        return new Entry(name, dtype.asText(), dimensions, (int) begin, (int) end);
    }

    private static void checkData(Path file, Entry entry, long available) throws ModelException {
        Integer size = DTYPE_SIZES.get(entry.dtype());
        if (size == null) {
            throw new ModelException(file, "tensor " + entry.name() + " has unknown dtype " + entry.dtype());
        }
        long needed = Arrays.stream(entry.shape()).reduce(1, Math::multiplyExact) * size;
        if (entry.end() - entry.begin() != needed) {
            throw new ModelException(file, "tensor " + entry.name() + " has " + (entry.end() - entry.begin())
                    + " bytes of data, but shape " + entry.shapeText() + " of " + entry.dtype() + " needs " + needed);
        }
        if (entry.end() > available) {
            throw new ModelException(file, "tensor " + entry.name() + ": its data ends at byte " + entry.end()
                    + " of the data section, which holds only " + available + " bytes (the file is truncated)");
        }
    }
}
