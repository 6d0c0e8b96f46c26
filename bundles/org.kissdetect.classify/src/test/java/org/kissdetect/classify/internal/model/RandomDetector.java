package org.kissdetect.classify.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.RandomBatchNorm;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.nn.TorchNames;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * Writes a model directory with randomly initialised weights (DJL's defaults: Xavier for weights, identity
 * batch norm unless asked for random ones): what tests and benchmarks use where only the computation matters,
 * never what detects kissing.
 */
public final class RandomDetector {

    private RandomDetector() {
    }

    /**
     * Writes a random detector.
     *
     * @param directory the model directory to write
     * @param variant   its architecture
     * @param seed      the seed of libtorch's generator
     * @throws IOException    when a file cannot be written
     * @throws ModelException when libtorch cannot start
     */
    public static void write(Path directory, Variant variant, int seed) throws IOException, ModelException {
        write(directory, variant, seed, false);
    }

    /**
     * Writes a random detector whose batch norms are random too ({@link RandomBatchNorm}), not the identity: one
     * on which folding batch norm at load time makes a difference.
     *
     * @param directory the model directory to write
     * @param variant   its architecture
     * @param seed      the seed of libtorch's generator
     * @throws IOException    when a file cannot be written
     * @throws ModelException when libtorch cannot start
     */
    public static void writeWithRandomBatchNorm(Path directory, Variant variant, int seed)
            throws IOException, ModelException {
        write(directory, variant, seed, true);
    }

    private static void write(Path directory, Variant variant, int seed, boolean randomBatchNorm)
            throws IOException, ModelException {
        Engine engine = DetectorLoader.engine(directory);
        engine.setRandomSeed(seed);
        try (NDManager manager = engine.newBaseManager()) {
            DetectorNetwork network = new DetectorNetwork(variant);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            if (randomBatchNorm) {
                RandomBatchNorm.apply(TorchNames.of(network));
            }
            String weights = "random: DJL default initialisers" + (randomBatchNorm ? ", random batch norms" : "");
            ModelDirectoryWriter.write(directory, "random-" + variant.id(), "0.0.0-random", network,
                    Map.of("weights", weights + ", libtorch seed " + seed,
                            "purpose", "tests and benchmarks only; detects nothing"));
        }
    }
}
