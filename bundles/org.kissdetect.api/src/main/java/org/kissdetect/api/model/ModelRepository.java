package org.kissdetect.api.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns model references into models ready to load: the one place that knows where each kind of model lives and
 * how it is made. Thread-safe.
 */
@ProviderType
public interface ModelRepository {

    /**
     * Makes the model a reference names ready: the demo model is rebuilt when it is missing or differs from what
     * is shipped (seconds); a model directory is taken as it is. A reference resolved before is answered from a
     * bounded cache while its files are unchanged.
     *
     * @param reference    the model
     * @param listener     told about progress
     * @param cancellation asked whether to stop
     * @return the model directory, with whether it is the demo model and its notice
     * @throws ModelException           when the model cannot be had (its provider is missing, shipped files are
     *                                  damaged, a rebuild differs from what is shipped); the message names the file
     * @throws ModelCancelledException when {@code cancellation} asked to stop
     * @throws IOException              when the model's folder cannot be written
     */
    ResolvedModel resolve(ModelReference reference, ModelListener listener, Cancellation cancellation)
            throws ModelException, ModelCancelledException, IOException;

    /**
     * Where a reference's model is, or will be once resolved, without making or checking anything: to find what
     * it produced before, such as cached scores, without ever running a model.
     *
     * @param reference the model
     * @return its model directory, or empty when this repository cannot provide it now
     */
    Optional<Path> location(ModelReference reference);

    /**
     * Why a reference cannot be resolved here now, such as the demo model's bundle being absent.
     *
     * @param reference the model
     * @return the reason as a phrase, or empty when {@link #resolve} may be asked
     */
    Optional<String> unavailable(ModelReference reference);

    /**
     * The models this repository offers without being told a folder: the demo model when it is installed.
     *
     * @return the references, in no particular order
     */
    List<ModelReference> offered();
}
