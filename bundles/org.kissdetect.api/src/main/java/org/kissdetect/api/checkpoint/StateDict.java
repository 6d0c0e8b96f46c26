package org.kissdetect.api.checkpoint;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tensors of a checkpoint, in the file's order: the bare state dict, or the one under {@code state_dict}, with
 * any {@code module.} prefix (from {@code DataParallel}) removed. Everything else in the file (epoch, optimizer
 * state) is not kept.
 *
 * @param source  the file it was read from
 * @param sha256  the file's sha256, lower-case hex
 * @param tensors name to tensor, in the file's order
 */
public record StateDict(Path source, String sha256, Map<String, CheckpointTensor> tensors) {

    /** Keeps an unmodifiable copy of the tensors in their order. */
    public StateDict {
        if (source == null || sha256 == null || tensors == null) {
            throw new IllegalArgumentException("a state dict needs its source, its hash and its tensors");
        }
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    /**
     * @param name a state-dict name
     * @return whether the state dict holds it
     */
    public boolean has(String name) {
        return tensors.containsKey(name);
    }
}
