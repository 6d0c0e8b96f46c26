package org.kissdetect.densenet.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.densenet.internal.weights.WeightFile;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.TorchNames;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * The hand-built DenseNet-121 computes what torchvision's computes in eval mode: the fixture's formula weights,
 * written as safetensors under their state-dict names and loaded through the path that loads imported weights, give
 * PyTorch's 1024 features for the formula input within 1e-4 of their largest magnitude.
 */
class DenseNet121ParityTest {

    @BeforeAll
    static void startLibtorch() {
        PyTorch.start();
    }

    @Test
    void matchesTorchvision(@TempDir Path folder) throws Exception {
        ParityFixture fixture = ParityFixture.load();
        Path file = fixture.writeWeights(folder.resolve("densenet121.safetensors"));
        Shape input = new Shape(fixture.inputShape());
        float[] output;
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            Block network = DenseNet121.build();
            network.initialize(manager, DataType.FLOAT32, input);
            Map<String, Parameter> parameters = TorchNames.of(network);
            WeightFile.read(file, "DenseNet-121").copyInto(parameters, "", "DenseNet-121");
            NDList x = new NDList(manager.create(fixture.input(), input));
            long start = System.nanoTime();
            output = network.forward(new ParameterStore(manager, false), x, false).singletonOrThrow().toFloatArray();
            System.out.printf("DenseNet-121 forward of one 224x224 image: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        }

        float[] expected = fixture.expected();
        assertThat(output).hasSize(DenseNet121.FEATURES).hasSameSizeAs(expected);
        float largest = 0;
        float worst = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(output[i] - expected[i]));
        }
        System.out.printf("DenseNet-121 parity: max abs difference %.3g, max |expected| %.3g%n", worst, largest);
        assertThat(largest).as("the reference output is not all zeros").isGreaterThan(0);
        assertThat(worst).as("largest difference from PyTorch (reference max |output| %s)", largest)
                .isLessThanOrEqualTo(1e-4f * largest);
    }
}
