package org.kissdetect.classify.spi;

import java.nio.file.Path;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of model directory the classifier factory opens besides the paper's detectors, contributed as a service by
 * the bundle that owns its network. A directory's {@code metadata.json} names its kind in the field
 * {@code "kind"} (directories without one are the paper's detectors); the factory reads it, delegates to the kind's
 * service, and keeps, shares and frees what it loads as it does for detectors: a kind never caches.
 *
 * @since 1.1
 */
@ConsumerType
public interface ModelKind {

    /**
     * The value of {@code "kind"} in the metadata of this kind's directories, such as {@code kinetics-action}.
     *
     * @return a non-blank name, the same for the service's life
     */
    String kind();

    /**
     * Describes a model directory from its metadata alone: nothing else is read or hashed, libtorch is not started.
     *
     * @param directory a model directory of this kind
     * @param device    the device the factory is configured with ({@code auto}, {@code cpu} or {@code gpu}), to
     *                  put in the descriptor
     * @return the model's id, version, variant, device and recommended threshold
     * @throws ModelException naming the file (and field) at fault
     */
    ModelDescriptor describe(Path directory, String device) throws ModelException;

    /**
     * Verifies a model directory (every file against the sha256 its metadata records) and loads it.
     *
     * @param directory a model directory of this kind
     * @param runtime   where and how the factory wants it to run
     * @return the loaded model, owned by the factory: its {@link Classifier#close()} frees it (the factory calls it
     *         once no caller uses it). Thread-safe, classifying in slices of {@code runtime.batchSize()}.
     * @throws ModelException naming the file (and field or tensor) at fault, or why the engine cannot run it
     */
    Classifier load(Path directory, ModelRuntime runtime) throws ModelException;
}
