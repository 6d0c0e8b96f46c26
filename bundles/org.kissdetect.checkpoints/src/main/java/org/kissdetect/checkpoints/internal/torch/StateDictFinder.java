package org.kissdetect.checkpoints.internal.torch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kissdetect.checkpoints.internal.pickle.PickleException;
import org.kissdetect.checkpoints.internal.pickle.PickleValues;
import org.kissdetect.checkpoints.internal.pickle.PyDict;

/**
 * Finds the state dict in what a checkpoint's pickle holds: the dict itself, or the one under {@code state_dict}
 * (Hara et al.'s and most training scripts' checkpoints). Keeps its tensors in order under their names without the
 * {@code module.} prefix of {@code DataParallel}; entries that are not tensors are left out.
 */
final class StateDictFinder {

    private static final String WRAPPED = "state_dict";
    private static final String DATA_PARALLEL = "module.";
    private static final int KEYS_SHOWN = 8;

    private StateDictFinder() {
    }

    static Map<String, TensorRef> tensors(Object root) throws PickleException {
        if (!(root instanceof PyDict top)) {
            throw new PickleException("holds " + PickleValues.describe(root) + ", not a state dict");
        }
        PyDict stateDict = top.get(WRAPPED) instanceof PyDict wrapped ? wrapped : top;
        Map<String, TensorRef> tensors = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> entry : stateDict.entries().entrySet()) {
            if (entry.getKey() instanceof String key && entry.getValue() instanceof TensorRef tensor) {
                String name = key.startsWith(DATA_PARALLEL) ? key.substring(DATA_PARALLEL.length()) : key;
                if (tensors.putIfAbsent(name, tensor) != null) {
                    throw new PickleException("holds tensor " + name + " twice, with and without '" + DATA_PARALLEL
                            + "'");
                }
            }
        }
        if (tensors.isEmpty()) {
            throw new PickleException("holds no tensors, so no state dict (its keys: " + keys(stateDict) + ")");
        }
        return tensors;
    }

    private static String keys(PyDict dict) {
        List<String> keys = dict.entries().keySet().stream()
                .map(key -> key instanceof String text ? text : PickleValues.describe(key)).toList();
        return keys.stream().limit(KEYS_SHOWN).collect(Collectors.joining(", "))
                + (keys.size() > KEYS_SHOWN ? ", ..." : keys.isEmpty() ? "none" : "");
    }
}
