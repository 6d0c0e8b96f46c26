package org.kissdetect.classify.internal.weights;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kissdetect.api.classify.ModelException;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import org.kissdetect.nn.TorchNames;

/**
 * Copies the tensors of a safetensors file into initialised parameters, matching them by reference name. The
 * whole file is checked first (every parameter present, nothing unexpected, dtype F32, the same shape), so a bad
 * file changes nothing. {@code *.num_batches_tracked} counters, which PyTorch keeps beside batch-norm statistics
 * but never uses in evaluation, are ignored.
 */
public final class WeightCopy {

    private static final String BATCH_COUNTER = "num_batches_tracked";
    private static final int NAMES_SHOWN = 5;

    private WeightCopy() {
    }

    /**
     * Checks a file against the parameters it should fill, then fills them.
     *
     * @param source     the file
     * @param parameters reference name to initialised parameter ({@code TorchNames.of(block)})
     * @param layout     what the file should hold, for messages ({@code "torchvision resnet18"})
     * @throws ModelException naming the file and the first tensor at fault
     */
    public static void into(SafetensorsFile source, Map<String, Parameter> parameters, String layout)
            throws ModelException {
        Map<String, SafetensorsFile.Entry> tensors = new LinkedHashMap<>(source.entries());
        tensors.keySet().removeIf(name -> name.substring(name.lastIndexOf('.') + 1).equals(BATCH_COUNTER));
        List<String> missing = parameters.keySet().stream().filter(name -> !tensors.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new ModelException(source.file(), "tensor " + missing.get(0) + " of the " + layout
                    + " is missing" + others(missing));
        }
        List<String> extra = tensors.keySet().stream().filter(name -> !parameters.containsKey(name)).toList();
        if (!extra.isEmpty()) {
            throw new ModelException(source.file(), "tensor " + extra.get(0) + " is not part of the " + layout
                    + others(extra));
        }
        for (Map.Entry<String, Parameter> parameter : parameters.entrySet()) {
            check(source, tensors.get(parameter.getKey()), parameter.getValue().getArray().getShape());
        }
        for (Map.Entry<String, Parameter> parameter : parameters.entrySet()) {
            copy(source.bytes(tensors.get(parameter.getKey())), parameter.getValue().getArray());
        }
    }

    /**
     * Gives {@code target} a libtorch-owned copy of the values. Not {@code NDArray.set}: on the CPU it leaves the
     * tensor wrapping a Java direct buffer (counted against the JVM's direct-memory limit) and makes libtorch
     * print a deprecation warning. A direct little-endian buffer (a mapped file) is staged without a copy, so the
     * only copy is libtorch's; any other buffer is first copied to a direct one by DJL.
     */
    private static void copy(ByteBuffer values, NDArray target) {
        NDManager manager = target.getManager();
        boolean zeroCopy = values.isDirect() && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        try (NDArray staged = zeroCopy ? manager.create(values, target.getShape(), DataType.FLOAT32)
                : manager.create(values.asFloatBuffer(), target.getShape())) {
            target.intern(staged.duplicate());
        }
    }

    private static void check(SafetensorsFile source, SafetensorsFile.Entry tensor, Shape expected)
            throws ModelException {
        if (!"F32".equals(tensor.dtype())) {
            throw new ModelException(source.file(), "tensor " + tensor.name() + " has dtype " + tensor.dtype()
                    + ", expected F32");
        }
        if (!new Shape(tensor.shape()).equals(expected)) {
            throw new ModelException(source.file(), "tensor " + tensor.name() + " has shape " + tensor.shapeText()
                    + ", expected " + Arrays.toString(expected.getShape()));
        }
    }

    private static String others(List<String> names) {
        if (names.size() == 1) {
            return "";
        }
        List<String> shown = new ArrayList<>(names.subList(1, Math.min(names.size(), NAMES_SHOWN)));
        return " (" + (names.size() - 1) + " more: " + shown.stream().collect(Collectors.joining(", "))
                + (names.size() > NAMES_SHOWN ? ", ..." : "") + ")";
    }
}
