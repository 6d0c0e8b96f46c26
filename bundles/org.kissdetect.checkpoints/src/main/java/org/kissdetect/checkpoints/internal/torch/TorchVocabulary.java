package org.kissdetect.checkpoints.internal.torch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.checkpoints.internal.pickle.PickleException;
import org.kissdetect.checkpoints.internal.pickle.PickleValues;
import org.kissdetect.checkpoints.internal.pickle.PyDict;
import org.kissdetect.checkpoints.internal.pickle.PyTuple;
import org.kissdetect.checkpoints.internal.pickle.Vocabulary;

/**
 * The allow-list of what {@code torch.save} puts in a state dict's pickle: {@code collections.OrderedDict} (and
 * {@code Counter}, which learning-rate schedulers keep beside the weights), torch's storage classes, the tensor
 * and parameter rebuild functions of {@code torch._utils}, and the {@code ('storage', ...)} persistent ids. Any
 * other global is refused when the pickle names it, before anything is made of it; nothing is ever run.
 */
final class TorchVocabulary implements Vocabulary {

    /** The persistent ids of the two formats: the legacy one adds a storage view to the zip format's five fields. */
    enum Format {
        ZIP(5), LEGACY(6);

        private final int idFields;

        Format(int idFields) {
            this.idFields = idFields;
        }
    }

    /** The callables a state dict needs; each builds plain values from plain arguments. */
    private enum Callable {
        ORDERED_DICT, COUNTER, REBUILD_TENSOR, REBUILD_TENSOR_V2, REBUILD_PARAMETER, REBUILD_PARAMETER_WITH_STATE
    }

    private static final Map<String, Callable> CALLABLES = Map.of(
            "collections.OrderedDict", Callable.ORDERED_DICT,
            "collections.Counter", Callable.COUNTER,
            "torch._utils._rebuild_tensor", Callable.REBUILD_TENSOR,
            "torch._utils._rebuild_tensor_v2", Callable.REBUILD_TENSOR_V2,
            "torch._utils._rebuild_parameter", Callable.REBUILD_PARAMETER,
            "torch._utils._rebuild_parameter_with_state", Callable.REBUILD_PARAMETER_WITH_STATE);

    private final Format format;
    private final Map<String, StorageRef> storages = new HashMap<>();

    TorchVocabulary(Format format) {
        this.format = format;
    }

    @Override
    public Object global(String module, String name) throws PickleException {
        Callable callable = CALLABLES.get(module + "." + name);
        if (callable != null) {
            return callable;
        }
        Optional<StorageType> storage = StorageType.named(module, name);
        if (storage.isPresent()) {
            return storage.get();
        }
        throw new PickleException("refused global " + module + "." + name + ": a state dict never needs it"
                + " (nothing in the file was run)");
    }

    @Override
    public Object call(Object callable, PyTuple arguments) throws PickleException {
        if (!(callable instanceof Callable known)) {
            throw new PickleException("refused to call " + PickleValues.describe(callable)
                    + ": a state dict never needs it (nothing in the file was run)");
        }
        return switch (known) {
            case ORDERED_DICT, COUNTER -> TorchCalls.dict(arguments);
            case REBUILD_TENSOR -> TorchCalls.tensor(arguments, 4, 4);
            case REBUILD_TENSOR_V2 -> TorchCalls.tensor(arguments, 6, 7);
            case REBUILD_PARAMETER -> TorchCalls.parameter(arguments, 3);
            case REBUILD_PARAMETER_WITH_STATE -> TorchCalls.parameter(arguments, 4);
        };
    }

    /** An OrderedDict's attributes ({@code _metadata}, the modules' versions) are accepted and not kept. */
    @Override
    public void build(Object target, Object state) throws PickleException {
        if (!(target instanceof PyDict) || !(state instanceof PyDict)) {
            throw new PickleException("refused to set the state of " + PickleValues.describe(target) + " from "
                    + PickleValues.describe(state) + ": a state dict never needs it (nothing in the file was run)");
        }
    }

    @Override
    public Object persistent(Object id) throws PickleException {
        if (!(id instanceof PyTuple tuple) || tuple.size() == 0 || !"storage".equals(tuple.get(0))) {
            throw new PickleException("holds a persistent id that is not a ('storage', ...) tuple: "
                    + (id instanceof PyTuple tuple && tuple.size() > 0 ? PickleValues.describe(tuple.get(0))
                    : PickleValues.describe(id)));
        }
        if (tuple.size() != format.idFields) {
            throw new PickleException("holds a storage id of " + tuple.size() + " fields; this format has "
                    + format.idFields);
        }
        List<Object> fields = tuple.items();
        if (!(fields.get(1) instanceof StorageType type) || !(fields.get(2) instanceof String key)
                || !(fields.get(3) instanceof String) || !(fields.get(4) instanceof Long numel) || numel < 0) {
            throw new PickleException("holds a storage id that is not (type, key, location, length)");
        }
        StorageRef root = root(key, type, numel);
        return format == Format.LEGACY && fields.get(5) != null ? TorchCalls.view(root, fields.get(5)) : root;
    }

    /** @return the storages the pickle named so far, by key */
    Map<String, StorageRef> storages() {
        return Map.copyOf(storages);
    }

    private StorageRef root(String key, StorageType type, long numel) throws PickleException {
        StorageRef root = new StorageRef(key, type, numel, 0, numel);
        StorageRef known = storages.putIfAbsent(key, root);
        if (known != null && (known.type() != type || known.numel() != numel)) {
            throw new PickleException("names storage " + key + " as " + known.type() + " of " + known.numel()
                    + " and as " + type + " of " + numel);
        }
        return known != null ? known : root;
    }
}
