package org.kissdetect.classify.internal.weights;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A safetensors file held in memory, its header checked before any tensor is used: an 8-byte little-endian
 * header length, a JSON header naming each tensor's dtype, shape and byte range, then the raw little-endian data.
 * Every problem is reported with the file and the tensor. Read by hand rather than with DJL's {@code NDList.decode},
 * which neither checks the header against the data nor names the tensor at fault.
 */
public final class SafetensorsFile {

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
    private final byte[] bytes;
    private final int dataStart;
    private final Map<String, Entry> entries;
    private final Map<String, String> metadata;

    private SafetensorsFile(Path file, byte[] bytes, int dataStart, Map<String, Entry> entries,
            Map<String, String> metadata) {
        this.file = file;
        this.bytes = bytes;
        this.dataStart = dataStart;
        this.entries = Collections.unmodifiableMap(entries);
        this.metadata = Collections.unmodifiableMap(metadata);
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
        if (bytes.length < 8) {
            throw new ModelException(file, "is " + bytes.length + " bytes long, too short for a safetensors file");
        }
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength <= 0 || headerLength > bytes.length - 8L) {
            throw new ModelException(file, "its header claims " + headerLength + " bytes but only "
                    + (bytes.length - 8) + " follow (truncated, or not a safetensors file)");
        }
        int dataStart = 8 + (int) headerLength;
        JsonNode header;
        try {
            header = JSON.readTree(bytes, 8, (int) headerLength);
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
                checkData(file, entry, bytes.length - (long) dataStart);
                entries.put(entry.name(), entry);
            }
        }
        return new SafetensorsFile(file, bytes, dataStart, entries, metadata);
    }

    /** @return the header's {@value #METADATA}: free-form text by name, empty when absent */
    public Map<String, String> metadata() {
        return metadata;
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
        return ByteBuffer.wrap(bytes, dataStart + entry.begin(), entry.end() - entry.begin()).slice()
                .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().asReadOnlyBuffer();
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
