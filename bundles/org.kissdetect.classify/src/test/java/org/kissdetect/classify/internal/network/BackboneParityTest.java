package org.kissdetect.classify.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.classify.internal.weights.Backbone;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.Vggish;

/**
 * The hand-built backbones compute what PyTorch computes: the fixture's formula weights, written as safetensors
 * under their reference names and loaded through the real import path, give PyTorch's output for the formula
 * input within 1e-4 of its largest magnitude; so does ResNet-18 with its batch norms folded, as inference runs it.
 */
class BackboneParityTest {

    @BeforeAll
    static void startLibtorch() {
        PyTorch.start();
    }

    @Test
    void resNet18MatchesTorchvision(@TempDir Path folder) throws Exception {
        float[] output = run("resnet18", ResNet18.build(), Backbone.RESNET18, folder);

        assertThat(output).hasSize(2 * ResNet18.FEATURES);
        assertMatches(output, ParityFixture.load("resnet18").expected());
    }

    @Test
    void resNet18WithFoldedBatchNormMatchesTorchvision(@TempDir Path folder) throws Exception {
        float[] output = run("resnet18", ResNet18.build(), Backbone.RESNET18, folder, ResNet18.buildFolded());

        assertThat(output).hasSize(2 * ResNet18.FEATURES);
        assertMatches(output, ParityFixture.load("resnet18").expected());
    }

    @Test
    void vggishMatchesTorchvggish(@TempDir Path folder) throws Exception {
        float[] output = run("vggish", Vggish.build(), Backbone.VGGISH, folder);

        assertThat(output).hasSize(2 * Vggish.FEATURES);
        assertMatches(output, ParityFixture.load("vggish").expected());
    }

    private static float[] run(String name, Block backbone, Backbone weights, Path folder) throws Exception {
        return run(name, backbone, weights, folder, null);
    }

    /** Runs {@code folded}, when given, with the weights folded from those {@code backbone} loaded. */
    private static float[] run(String name, Block backbone, Backbone weights, Path folder, Block folded)
            throws Exception {
        ParityFixture fixture = ParityFixture.load(name);
        Path file = fixture.writeWeights(folder.resolve(name + ".safetensors"));
        Shape input = new Shape(fixture.inputShape());
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            backbone.initialize(manager, DataType.FLOAT32, input);
            weights.load(file, TorchNames.of(backbone));
            Block network = backbone;
            if (folded != null) {
                folded.initialize(manager, DataType.FLOAT32, input);
                BatchNormFolding.fold(TorchNames.of(backbone), TorchNames.of(folded));
                network = folded;
            }
            NDList x = new NDList(manager.create(fixture.input(), input));
            return network.forward(new ParameterStore(manager, false), x, false).singletonOrThrow().toFloatArray();
        }
    }

    private static void assertMatches(float[] actual, float[] expected) {
        float largest = 0;
        float worst = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(largest).as("the reference output is not all zeros").isGreaterThan(0);
        assertThat(worst).as("largest difference from PyTorch (reference max |output| %s)", largest)
                .isLessThanOrEqualTo(1e-4f * largest);
    }
}
