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

import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.common.text.Sha256;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes named float32 tensors as a safetensors file without touching DJL (so that a checkpoint import does not
 * start libtorch): an 8-byte little-endian header length, the JSON header padded with spaces to a multiple of 8,
 * the raw little-endian values in the order given. The file appears whole or not at all.
 */
public final class Float32Safetensors {

    /** One tensor: its shape and a way to get its values when they are written. */
    public interface Tensor {
        long[] shape();

        float[] values();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Float32Safetensors() {
    }

    /**
     * @param target   the file to create or replace
     * @param tensors  name to tensor, in file order
     * @param metadata name to text for the header's {@code __metadata__} (none when empty)
     * @return the sha256 of the file, in lower-case hex
     */
    public static String write(Path target, Map<String, ? extends Tensor> tensors, Map<String, String> metadata)
            throws IOException {
        byte[] header = header(tensors, metadata);
        MessageDigest digest = Sha256.newDigest();
        AtomicFiles.write(target, file -> {
            OutputStream out = new DigestOutputStream(file, digest);
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            out.write(header);
            for (Tensor tensor : tensors.values()) {
                float[] values = tensor.values();
                ByteBuffer data = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                data.asFloatBuffer().put(values);
                out.write(data.array());
            }
            out.flush();
        });
        return Sha256.hex(digest);
    }

    private static byte[] header(Map<String, ? extends Tensor> tensors, Map<String, String> metadata)
            throws IOException {
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode text = header.putObject(SafetensorsFile.METADATA);
            metadata.forEach(text::put);
        }
        long offset = 0;
        for (Map.Entry<String, ? extends Tensor> tensor : tensors.entrySet()) {
            long[] shape = tensor.getValue().shape();
            long size = Arrays.stream(shape).reduce(1, Math::multiplyExact) * Float.BYTES;
            ObjectNode entry = header.putObject(tensor.getKey());
            entry.put("dtype", "F32");
            entry.putArray("shape").addAll(Arrays.stream(shape).mapToObj(JSON.getNodeFactory()::numberNode).toList());
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
