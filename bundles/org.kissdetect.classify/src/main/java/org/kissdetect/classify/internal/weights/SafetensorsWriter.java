package org.kissdetect.classify.internal.weights;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;


/**
 * Writes named float NDArrays as a safetensors file, the format {@link SafetensorsFile} reads and PyTorch's
 * {@code safetensors.torch.load_file} understands, through {@link Float32Safetensors}. The file appears whole or not
 * at all: it is written next to its target and moved into place.
 */
public final class SafetensorsWriter {

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
        Map<String, Float32Safetensors.Tensor> views = new LinkedHashMap<>();
        tensors.forEach((name, array) -> {
            if (array.getDataType() != DataType.FLOAT32) {
                throw new IllegalArgumentException("tensor " + name + " is " + array.getDataType()
                        + ", only FLOAT32 is written");
            }
            views.put(name, new Float32Safetensors.Tensor() {
                @Override
                public long[] shape() {
                    return array.getShape().getShape();
                }

                @Override
                public float[] values() {
                    return array.toFloatArray();
                }
            });
        });
        return Float32Safetensors.write(target, views, metadata);
    }
}
