package org.kissdetect.classify.spi;

import java.nio.file.Path;
import java.util.Optional;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.train.NetworkSetup;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds networks to train, fresh or from a checkpoint. Each service names the variants it builds in its service
 * property {@value #VARIANTS} (the classification bundle's: {@code both}, {@code image}, {@code audio}; the 3D
 * ResNet-34 bundle's: {@code clip}); the classification bundle's ranks highest, so a plain reference still gets it.
 */
@ProviderType
public interface NetworkTrainer {

    /**
     * The service property listing the variants a trainer builds.
     *
     * @since 1.2
     */
    String VARIANTS = "kissdetect.variants";

    /**
     * Builds and initialises a network: backbone weights from their files (checked as a model's files are), the
     * rest at random from the seed.
     *
     * @param setup the variant, the trained part, the weight files and the seed
     * @return the network, to be closed by the caller
     * @throws ModelException when a weight file is missing, broken or does not match its backbone, or the engine
     *                        cannot start
     */
    TrainableNetwork create(NetworkSetup setup) throws ModelException;

    /**
     * What clip the networks of a setup look at, known before any is built, so that the caller decodes each second
     * with it ({@link TrainableNetwork#clipInput()} of the network built from the setup says the same).
     *
     * @param setup the variant, the trained part, the weight files and the seed
     * @return the clip's preparation, empty for networks that look at the still and the sound only (this default)
     * @throws ModelException when the backbone's weights, which decide it, cannot be read
     * @since 1.2
     */
    default Optional<ClipPreprocessing> clipInput(NetworkSetup setup) throws ModelException {
        return Optional.empty();
    }

    /**
     * Rebuilds a network from a checkpoint written by {@link TrainableNetwork#saveCheckpoint}: its setup, its
     * parameters, the optimiser's state and the caller's note.
     *
     * @param checkpoint the checkpoint file
     * @return the network, to be closed by the caller
     * @throws ModelException when the checkpoint is missing or broken, or a backbone file it names changed
     */
    TrainableNetwork resume(Path checkpoint) throws ModelException;
}
