package org.kissdetect.classify.internal.weights;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Writes safetensors files for tests, independently of the production writer: an 8-byte little-endian header
 * length, the JSON header, the raw little-endian data. Values come from a function of the flat index, so files of
 * hundreds of megabytes are streamed, never held in memory.
 */
public final class TestSafetensors {

    /**
     * One tensor to write.
     *
     * @param name   its name
     * @param dtype  the dtype written in the header (the data is always 4-byte floats)
     * @param shape  its dimensions
     * @param values its value at each flat row-major index
     */
    public record Tensor(String name, String dtype, long[] shape, LongToDoubleFunction values) {

        public Tensor(String name, long[] shape, LongToDoubleFunction values) {
            this(name, "F32", shape, values);
        }

        long size() {
            return Arrays.stream(shape).reduce(1, Math::multiplyExact);
        }
    }

    private TestSafetensors() {
    }

    /** Writes the tensors in order and returns the file. */
    public static Path write(Path file, List<Tensor> tensors) throws IOException {
        long offset = 0;
        StringBuilder header = new StringBuilder("{");
        for (Tensor tensor : tensors) {
            long end = offset + tensor.size() * 4;
            header.append(header.length() > 1 ? "," : "").append('"').append(tensor.name()).append("\":{\"dtype\":\"")
                    .append(tensor.dtype()).append("\",\"shape\":[")
                    .append(Arrays.stream(tensor.shape()).mapToObj(Long::toString).collect(Collectors.joining(",")))
                    .append("],\"data_offsets\":[").append(offset).append(',').append(end).append("]}");
            offset = end;
        }
        byte[] json = header.append('}').toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
            out.write(json);
            float[] block = new float[1 << 14];
            ByteBuffer bytes = ByteBuffer.allocate(block.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (Tensor tensor : tensors) {
                for (long start = 0; start < tensor.size(); start += block.length) {
                    int count = (int) Math.min(block.length, tensor.size() - start);
                    for (int j = 0; j < count; j++) {
                        block[j] = (float) tensor.values().applyAsDouble(start + j);
                    }
                    bytes.clear();
                    bytes.asFloatBuffer().put(block, 0, count);
                    out.write(bytes.array(), 0, count * 4);
                }
            }
        }
        return file;
    }
}
