package org.kissdetect.nn.weights;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Float32 tensors as a safetensors file (an 8-byte little-endian header length, a JSON header naming each tensor's
 * dtype, shape and byte range, then the data), the format of every model file of Kiss Detector. Reading checks the
 * header against the data and names the tensor at fault; only F32 is accepted, as only F32 is written.
 */
public final class Safetensors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METADATA = "__metadata__";
    private static final int CHUNK_FLOATS = 1 << 16;

    private Safetensors() {
    }

    /**
     * Writes tensors in the order given.
     *
     * @param tensors the tensors
     * @param out     where the file's bytes go
     * @throws IOException when {@code out} fails
     */
    public static void write(List<Tensor> tensors, OutputStream out) throws IOException {
        write(tensors, Map.of(), out);
    }

    /**
     * Writes tensors in the order given, with text in the header's {@code __metadata__}.
     *
     * @param tensors  the tensors
     * @param metadata the header's metadata, none when empty
     * @param out      where the file's bytes go
     * @throws IOException when {@code out} fails
     */
    public static void write(List<Tensor> tensors, Map<String, String> metadata, OutputStream out)
            throws IOException {
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode text = header.putObject(METADATA);
            metadata.forEach(text::put);
        }
        long offset = 0;
        for (Tensor tensor : tensors) {
            long size = (long) tensor.values().length * Float.BYTES;
            ObjectNode entry = header.putObject(tensor.name());
            entry.put("dtype", "F32");
            var shape = entry.putArray("shape");
            for (int dimension : tensor.shape()) {
                shape.add(dimension);
            }
            entry.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        StringBuilder text = new StringBuilder(JSON.writeValueAsString(header));
        while (text.length() % 8 != 0) {
            text.append(' ');
        }
        byte[] headerBytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.write(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(headerBytes.length).array());
        out.write(headerBytes);
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (Tensor tensor : tensors) {
            float[] values = tensor.values();
            for (int start = 0; start < values.length; start += CHUNK_FLOATS) {
                int count = Math.min(CHUNK_FLOATS, values.length - start);
                chunk.clear();
                chunk.asFloatBuffer().put(values, start, count);
                out.write(chunk.array(), 0, count * Float.BYTES);
            }
        }
    }

    /**
     * Reads every tensor of a file's bytes.
     *
     * @param file  the file, for messages
     * @param bytes its content
     * @return its tensors in header order
     * @throws IOException naming the file and the tensor when the content is not a safetensors file of F32 tensors
     */
    public static List<Tensor> read(Path file, byte[] bytes) throws IOException {
        return read(file, ByteBuffer.wrap(bytes));
    }

    /**
     * Reads every tensor of a file's content, such as a mapping of the file: only the tensors' values are copied
     * onto the heap, never the file's bytes as well.
     *
     * @param file  the file, for messages
     * @param whole its content, from position 0 to its capacity
     * @return its tensors in header order
     * @throws IOException naming the file and the tensor when the content is not a safetensors file of F32 tensors
     */
    public static List<Tensor> read(Path file, ByteBuffer whole) throws IOException {
        int length = whole.capacity();
        if (length < Long.BYTES) {
            throw new IOException(file + ": " + length + " bytes long, too short for a safetensors file");
        }
        long headerLength = whole.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        if (headerLength <= 0 || headerLength > length - (long) Long.BYTES) {
            throw new IOException(file + ": its header claims " + headerLength + " bytes but only "
                    + (length - Long.BYTES) + " follow (truncated, or not a safetensors file)");
        }
        int dataStart = Long.BYTES + (int) headerLength;
        byte[] headerBytes = new byte[(int) headerLength];
        whole.duplicate().position(Long.BYTES).get(headerBytes);
        JsonNode header;
        try {
            header = JSON.readTree(new String(headerBytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": its header is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (header == null || !header.isObject()) {
            throw new IOException(file + ": its header is not a JSON object");
        }
        List<Tensor> tensors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : header.properties()) {
            if (!METADATA.equals(field.getKey())) {
                tensors.add(tensor(file, field.getKey(), field.getValue(), whole, dataStart));
            }
        }
        return tensors;
    }

    /**
     * Reads the header's {@code __metadata__} of a file's bytes.
     *
     * @param file  the file, for messages
     * @param bytes its content
     * @return its text entries, empty when it has none
     * @throws IOException naming the file when the header cannot be read or its metadata is not text
     */
    public static Map<String, String> metadata(Path file, byte[] bytes) throws IOException {
        if (bytes.length < Long.BYTES) {
            throw new IOException(file + ": " + bytes.length + " bytes long, too short for a safetensors file");
        }
        long headerLength = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
        if (headerLength <= 0 || headerLength > bytes.length - (long) Long.BYTES) {
            throw new IOException(file + ": its header claims " + headerLength + " bytes but only "
                    + (bytes.length - Long.BYTES) + " follow (truncated, or not a safetensors file)");
        }
        JsonNode header;
        try {
            header = JSON.readTree(new String(bytes, Long.BYTES, (int) headerLength, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": its header is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, String> metadata = new java.util.LinkedHashMap<>();
        JsonNode node = header == null ? null : header.get(METADATA);
        if (node != null) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isTextual()) {
                    throw new IOException(file + ": its header's " + METADATA + " entry " + field.getKey()
                            + " is not text");
                }
                metadata.put(field.getKey(), field.getValue().asText());
            }
        }
        return metadata;
    }

    private static Tensor tensor(Path file, String name, JsonNode entry, ByteBuffer whole, int dataStart)
            throws IOException {
        int length = whole.capacity();
        JsonNode shapeNode = entry.get("shape");
        JsonNode offsets = entry.get("data_offsets");
        if (!"F32".equals(entry.path("dtype").asText()) || shapeNode == null || !shapeNode.isArray()
                || offsets == null || !offsets.isArray() || offsets.size() != 2) {
            throw new IOException(file + ": tensor " + name + ": needs dtype F32, a shape and two data_offsets, got "
                    + entry);
        }
        int[] shape = new int[shapeNode.size()];
        long count = 1;
        for (int d = 0; d < shape.length; d++) {
            JsonNode dimension = shapeNode.get(d);
            if (!dimension.canConvertToInt() || dimension.asInt() < 0) {
                throw new IOException(file + ": tensor " + name + ": shape " + shapeNode + " is not a list of sizes");
            }
            shape[d] = dimension.asInt();
            count *= shape[d];
            if (count > length) {
                throw new IOException(file + ": tensor " + name + ": shape " + shapeNode + " holds more values than"
                        + " the file has bytes");
            }
        }
        long begin = offsets.get(0).asLong(-1);
        long end = offsets.get(1).asLong(-1);
        if (begin < 0 || end - begin != count * Float.BYTES || dataStart + end > length) {
            throw new IOException(file + ": tensor " + name + ": data_offsets " + offsets + " do not hold shape "
                    + shapeNode + " of F32 within the file's " + (length - dataStart) + " bytes of data");
        }
        float[] values = new float[(int) count];
        whole.duplicate().position(dataStart + (int) begin).limit(dataStart + (int) end).slice()
                .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return new Tensor(name, shape, values);
    }
}
