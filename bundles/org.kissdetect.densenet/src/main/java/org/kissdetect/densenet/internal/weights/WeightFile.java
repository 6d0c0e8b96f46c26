package org.kissdetect.densenet.internal.weights;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

/**
 * A safetensors file of float32 tensors (a backbone's state dict, or a model's parameters), its sha256, and the copy
 * of its tensors into a network's parameters: checked first (every parameter present under its name with its shape,
 * nothing else), so a bad file changes nothing.
 *
 * @param file    where it was read from
 * @param tensors its tensors, in file order
 * @param sha256  the file's sha256
 */
public record WeightFile(Path file, List<Tensor> tensors, String sha256) {

    /**
     * Reads a file.
     *
     * @param file    the file
     * @param network what it should hold, for the message, such as {@code "DenseNet-121"}
     * @return its tensors and hash
     * @throws ModelException when it cannot be read or is no safetensors file of float32 tensors
     */
    public static WeightFile read(Path file, String network) throws ModelException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new WeightFile(file, Safetensors.read(file, bytes), Sha256.hex(bytes));
        } catch (IOException e) {
            throw new ModelException(file, "cannot be read as a safetensors file of " + network + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Fills parameters from this file's tensors, each named {@code prefix + its name in the file}.
     *
     * @param parameters the parameters to fill, by reference name: exactly those the file must hold
     * @param prefix     what the network puts before the file's names, such as {@code image.}, or {@code ""}
     * @param network    what the file should hold, for messages
     * @throws ModelException naming the file and the tensor at fault; nothing is changed then
     */
    public void copyInto(Map<String, Parameter> parameters, String prefix, String network) throws ModelException {
        copy(file, tensors, parameters, prefix, network);
    }

    /**
     * Fills parameters from tensors, each named {@code prefix + its name in the file}.
     *
     * @param file       where the tensors were read from, for messages
     * @param tensors    the tensors
     * @param parameters the parameters to fill, by reference name: exactly those the tensors must be
     * @param prefix     what the network puts before the tensors' names, or {@code ""}
     * @param network    what the tensors should be, for messages
     * @throws ModelException naming the file and the tensor at fault; nothing is changed then
     */
    public static void copy(Path file, List<Tensor> tensors, Map<String, Parameter> parameters, String prefix,
            String network) throws ModelException {
        Map<String, Tensor> byName = new LinkedHashMap<>();
        for (Tensor tensor : tensors) {
            byName.put(prefix + tensor.name(), tensor);
        }
        for (Map.Entry<String, Tensor> tensor : byName.entrySet()) {
            if (!parameters.containsKey(tensor.getKey())) {
                throw new ModelException(file, "tensor " + tensor.getValue().name() + " is not part of " + network);
            }
        }
        for (Map.Entry<String, Parameter> parameter : parameters.entrySet()) {
            Tensor tensor = byName.get(parameter.getKey());
            String name = parameter.getKey().substring(prefix.length());
            if (tensor == null) {
                throw new ModelException(file, "tensor " + name + " of " + network + " is missing");
            }
            long[] expected = parameter.getValue().getArray().getShape().getShape();
            if (!Arrays.equals(Arrays.stream(tensor.shape()).asLongStream().toArray(), expected)) {
                throw new ModelException(file, "tensor " + name + " has shape " + Arrays.toString(tensor.shape())
                        + ", " + network + " needs " + Arrays.toString(expected));
            }
        }
        for (Map.Entry<String, Parameter> parameter : parameters.entrySet()) {
            copy(byName.get(parameter.getKey()).values(), parameter.getValue().getArray());
        }
    }

    /**
     * Gives {@code target} a libtorch-owned copy of the values (not {@code NDArray.set}, which leaves the tensor
     * wrapping a Java direct buffer).
     */
    public static void copy(float[] values, NDArray target) {
        try (NDArray staged = target.getManager().create(FloatBuffer.wrap(values), target.getShape())) {
            target.intern(staged.duplicate());
        }
    }
}
