package org.kissdetect.classify.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.model.ModelDirectory;
import org.kissdetect.classify.spi.ModelKind;

/**
 * The model kinds installed besides the paper's detectors, by the name their directories' metadata gives them.
 * When two services claim one name, the first stays. Thread-safe.
 */
final class InstalledKinds {

    private final Map<String, ModelKind> byName = new ConcurrentHashMap<>();

    void add(ModelKind kind) {
        byName.putIfAbsent(kind.kind(), kind);
    }

    /** @return the name under which this service was installed, or {@code null} when it was not */
    String remove(ModelKind kind) {
        for (Map.Entry<String, ModelKind> installed : byName.entrySet()) {
            if (installed.getValue() == kind && byName.remove(installed.getKey(), kind)) {
                return installed.getKey();
            }
        }
        return null;
    }

    /**
     * The kind of a model directory.
     *
     * @param directory a model directory
     * @return the service for the kind its metadata names, empty for the paper's detectors (no kind)
     * @throws ModelException naming the metadata file and the installed kinds when the kind is not installed
     */
    Optional<ModelKind> of(Path directory) throws ModelException {
        Optional<String> declared = ModelDirectory.declaredKind(directory);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        ModelKind kind = byName.get(declared.get());
        if (kind == null) {
            TreeSet<String> names = new TreeSet<>(byName.keySet());
            throw new ModelException(directory.resolve(ModelDirectory.METADATA), "kind '" + declared.get()
                    + "' is not installed: this runtime opens the paper's detectors (no kind)"
                    + (names.isEmpty() ? "" : " and kinds " + String.join(", ", names)));
        }
        return Optional.of(kind);
    }
}
