package org.kissdetect.classify.internal.weights;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.common.text.Sha256;

/**
 * Writes named float tensors as a safetensors file, the format {@link SafetensorsFile} reads and PyTorch's
 * {@code safetensors.torch.load_file} understands. The file appears whole or not at all: it is written next to
 * its target and moved into place.
 */
public final class SafetensorsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SafetensorsWriter() {
    }

    /**
     * Writes the tensors in the order given.
     *
     * @param target  the file to create or replace
     * @param tensors name to {@code FLOAT32} array
     * @return the sha256 of the file, in lower-case hex
     * @throws IOException when the file cannot be written
     */
    public static String write(Path target, Map<String, NDArray> tensors) throws IOException {
        return write(target, tensors, Map.of());
    }

    /**
     * Writes the tensors in the order given, with text in the header's {@code __metadata__}.
     *
     * @param target   the file to create or replace
     * @param tensors  name to {@code FLOAT32} array
     * @param metadata name to text, stored as the format allows
     * @return the sha256 of the file, in lower-case hex
     * @throws IOException when the file cannot be written
     */
    public static String write(Path target, Map<String, NDArray> tensors, Map<String, String> metadata)
            throws IOException {
        byte[] header = header(tensors, metadata);
        MessageDigest digest = Sha256.newDigest();
        AtomicFiles.write(target, file -> {
            OutputStream out = new DigestOutputStream(file, digest);
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            out.write(header);
            for (NDArray array : tensors.values()) {
                float[] values = array.toFloatArray();
                ByteBuffer data = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                data.asFloatBuffer().put(values);
                out.write(data.array());
            }
            out.flush();
        });
        return Sha256.hex(digest);
    }

    /** The JSON header, padded with spaces to a multiple of 8 bytes as the format recommends. */
    private static byte[] header(Map<String, NDArray> tensors, Map<String, String> metadata) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode text = header.putObject(SafetensorsFile.METADATA);
            metadata.forEach(text::put);
        }
        long offset = 0;
        for (Map.Entry<String, NDArray> tensor : tensors.entrySet()) {
            NDArray array = tensor.getValue();
            if (array.getDataType() != DataType.FLOAT32) {
                throw new IllegalArgumentException("tensor " + tensor.getKey() + " is " + array.getDataType()
                        + ", only FLOAT32 is written");
            }
            long size = array.size() * Float.BYTES;
            ObjectNode entry = header.putObject(tensor.getKey());
            entry.put("dtype", "F32");
            entry.putArray("shape").addAll(Arrays.stream(array.getShape().getShape())
                    .mapToObj(JSON.getNodeFactory()::numberNode).toList());
            entry.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        StringBuilder text = new StringBuilder(JSON.writeValueAsString(header));
        while (text.length() % 8 != 0) {
            text.append(' ');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
