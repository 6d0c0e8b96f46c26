package org.kissdetect.classify.spi;

import java.nio.file.Path;

import org.kissdetect.api.classify.ModelException;
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
     * Rebuilds a network from a checkpoint written by {@link TrainableNetwork#saveCheckpoint}: its setup, its
     * parameters, the optimiser's state and the caller's note.
     *
     * @param checkpoint the checkpoint file
     * @return the network, to be closed by the caller
     * @throws ModelException when the checkpoint is missing or broken, or a backbone file it names changed
     */
    TrainableNetwork resume(Path checkpoint) throws ModelException;
}
