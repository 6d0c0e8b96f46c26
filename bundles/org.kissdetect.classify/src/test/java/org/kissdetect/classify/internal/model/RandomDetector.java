package org.kissdetect.classify.internal.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.DetectorNetwork;
import org.kissdetect.classify.internal.network.Variant;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * Writes a model directory with randomly initialised weights (DJL's defaults: Xavier for weights, identity
 * batch norm): what tests and benchmarks use where only the computation matters, never what detects kissing.
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
        Engine engine = DetectorLoader.engine(directory);
        engine.setRandomSeed(seed);
        try (NDManager manager = engine.newBaseManager()) {
            DetectorNetwork network = new DetectorNetwork(variant);
            network.initialize(manager, DataType.FLOAT32, network.inputShapes(1));
            ModelDirectoryWriter.write(directory, "random-" + variant.id(), "0.0.0-random", network,
                    Map.of("weights", "random: DJL default initialisers, libtorch seed " + seed,
                            "purpose", "tests and benchmarks only; detects nothing"));
        }
    }
}
