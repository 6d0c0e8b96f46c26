package org.kissdetect.checkpoints.internal.torch;

import java.util.ArrayList;
import java.util.List;

import org.kissdetect.checkpoints.internal.pickle.PickleException;
import org.kissdetect.checkpoints.internal.pickle.PickleValues;
import org.kissdetect.checkpoints.internal.pickle.PyDict;
import org.kissdetect.checkpoints.internal.pickle.PyTuple;

/** What the allowed callables make of their arguments, checked field by field; see {@code torch/_utils.py}. */
final class TorchCalls {

    /** Tensors of more dimensions are refused; networks use at most 5 (3D convolutions). */
    private static final int MOST_DIMENSIONS = 16;

    private TorchCalls() {
    }

    /**
     * {@code OrderedDict()}, {@code OrderedDict([[k, v], ...])} (Python 2's pickles), {@code Counter({...})}.
     */
    static PyDict dict(PyTuple arguments) throws PickleException {
        PyDict dict = new PyDict();
        if (arguments.size() == 0) {
            return dict;
        }
        Object items = arguments.get(0);
        if (arguments.size() == 1 && items instanceof PyDict source) {
            for (var entry : source.entries().entrySet()) {
                dict.put(entry.getKey(), entry.getValue());
            }
            return dict;
        }
        if (arguments.size() == 1 && items instanceof List<?> pairs) {
            for (Object pair : pairs) {
                List<Object> keyAndValue = pair instanceof PyTuple tuple ? tuple.items()
                        : pair instanceof List<?> list ? new ArrayList<Object>(list) : null;
                if (keyAndValue == null || keyAndValue.size() != 2) {
                    throw new PickleException("makes a dict from " + PickleValues.describe(pair) + ", not a pair");
                }
                dict.put(keyAndValue.get(0), keyAndValue.get(1));
            }
            return dict;
        }
        throw new PickleException("makes a dict from " + arguments + " arguments it does not take");
    }

    /**
     * {@code _rebuild_tensor(storage, offset, size, stride)} and {@code _rebuild_tensor_v2(storage, offset, size,
     * stride, requires_grad, backward_hooks[, metadata])}: the view, not yet read.
     */
    static TensorRef tensor(PyTuple arguments, int fewest, int most) throws PickleException {
        if (arguments.size() < fewest || arguments.size() > most) {
            throw new PickleException("rebuilds a tensor from " + arguments.size() + " arguments instead of "
                    + fewest + (most > fewest ? " or " + most : ""));
        }
        if (!(arguments.get(0) instanceof StorageRef storage)) {
            throw new PickleException("rebuilds a tensor from " + PickleValues.describe(arguments.get(0))
                    + " instead of a storage");
        }
        if (!(arguments.get(1) instanceof Long offset) || offset < 0) {
            throw new PickleException("rebuilds a tensor at an offset that is not a count");
        }
        long[] size = counts(arguments.get(2), "size");
        long[] stride = counts(arguments.get(3), "stride");
        if (size.length != stride.length) {
            throw new PickleException("rebuilds a tensor of " + size.length + " dimensions with " + stride.length
                    + " strides");
        }
        return new TensorRef(storage, offset, size, stride);
    }

    /** {@code _rebuild_parameter(data, requires_grad, backward_hooks[, state])}: the data. */
    static TensorRef parameter(PyTuple arguments, int count) throws PickleException {
        if (arguments.size() != count || !(arguments.get(0) instanceof TensorRef data)) {
            throw new PickleException("rebuilds a parameter from arguments that are not a tensor and its flags");
        }
        return data;
    }

    /** A legacy storage view {@code (view_key, offset, size)} of a root storage. */
    static StorageRef view(StorageRef root, Object metadata) throws PickleException {
        if (!(metadata instanceof PyTuple view) || view.size() != 3 || !(view.get(1) instanceof Long offset)
                || !(view.get(2) instanceof Long numel) || offset < 0 || numel < 0
                || offset > root.numel() || numel > root.numel() - offset) {
            throw new PickleException("holds a view of storage " + root.key() + " that is not within its "
                    + root.numel() + " elements");
        }
        return new StorageRef(root.key(), root.type(), root.numel(), offset, numel);
    }

    private static long[] counts(Object value, String what) throws PickleException {
        if (!(value instanceof PyTuple tuple) || tuple.size() > MOST_DIMENSIONS) {
            throw new PickleException("rebuilds a tensor whose " + what + " is " + PickleValues.describe(value)
                    + " instead of a tuple of at most " + MOST_DIMENSIONS + " counts");
        }
        long[] counts = new long[tuple.size()];
        for (int i = 0; i < counts.length; i++) {
            if (!(tuple.get(i) instanceof Long count) || count < 0) {
                throw new PickleException("rebuilds a tensor whose " + what + " holds "
                        + PickleValues.describe(tuple.get(i)) + " instead of a count");
            }
            counts[i] = count;
        }
        return counts;
    }
}
