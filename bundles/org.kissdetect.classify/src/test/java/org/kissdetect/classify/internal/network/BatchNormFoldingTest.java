package org.kissdetect.classify.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.Vggish;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;

/**
 * ResNet-18 with its batch norms folded into its convolutions computes what it computes as saved, with random
 * weights and random batch norms, and is smaller: no batch norm left, a bias per convolution instead.
 */
class BatchNormFoldingTest {

    private static final Shape ONE = new Shape(1).addAll(ResNet18.IMAGE);

    @BeforeAll
    static void startLibtorch() {
        PyTorch.start();
    }

    @Test
    void theFoldedResNetComputesWhatTheSavedOneComputes() {
        Engine engine = Engine.getEngine(PyTorch.ENGINE);
        engine.setRandomSeed(11);
        try (NDManager manager = engine.newBaseManager()) {
            Block saved = initialised(ResNet18.build(), manager);
            RandomBatchNorm.apply(TorchNames.of(saved));
            Block folded = initialised(ResNet18.buildFolded(), manager);

            BatchNormFolding.fold(TorchNames.of(saved), TorchNames.of(folded));

            NDArray images = manager.randomNormal(new Shape(3).addAll(ResNet18.IMAGE));
            float[] expected = forward(saved, images);
            float[] actual = forward(folded, images);
            float largest = 0;
            float worst = 0;
            for (int i = 0; i < expected.length; i++) {
                largest = Math.max(largest, Math.abs(expected[i]));
                worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
            }
        assertThat(largest).as("the features are not all zeros").isGreaterThan(0);
            assertThat(worst).as("largest difference (max |feature| %s)", largest).isLessThanOrEqualTo(1e-4f * largest);
        }
    }

    @Test
    void theFoldedResNetHasABiasPerConvolutionAndNoBatchNorm() {
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            Block saved = initialised(ResNet18.build(), manager);
            Block folded = initialised(ResNet18.buildFolded(), manager);

            assertThat(blocks(folded)).noneMatch(BatchNorm.class::isInstance);
            assertThat(blocks(folded).stream().filter(Conv2d.class::isInstance).count())
                    .isEqualTo(blocks(saved).stream().filter(Conv2d.class::isInstance).count()).isEqualTo(20);
            assertThat(TorchNames.of(folded).keySet()).hasSize(40)
                    .allMatch(name -> name.endsWith(".weight") || name.endsWith(".bias"))
                    .contains("conv1.bias", "layer1.0.conv2.bias", "layer4.0.downsample.0.bias");
            assertThat(size(folded)).isEqualTo(size(saved) - 3 * 4800).isEqualTo(11_171_712L);
        }
    }

    @Test
    void aNetworkWithoutABatchNormAfterEachConvolutionIsRefused() {
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            Block vggish = Vggish.build();
            vggish.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(Vggish.PATCH));
            Block folded = initialised(ResNet18.buildFolded(), manager);

            assertThatThrownBy(() -> BatchNormFolding.fold(TorchNames.of(vggish), TorchNames.of(folded)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("features.0.bias");
        }
    }

    private static Block initialised(Block block, NDManager manager) {
        block.initialize(manager, DataType.FLOAT32, ONE);
        block.freezeParameters(true);
        return block;
    }

    /** One pass in a sub-manager, which the images visit and every activation dies with. */
    private static float[] forward(Block block, NDArray images) {
        ParameterStore parameters = new ParameterStore(images.getManager(), false);
        try (NDManager pass = images.getManager().newSubManager()) {
            pass.tempAttachAll(images);
            return block.forward(parameters, new NDList(images), false).singletonOrThrow().toFloatArray();
        }
    }

    private static List<Block> blocks(Block block) {
        List<Block> all = new ArrayList<>(List.of(block));
        for (Block child : block.getChildren().values()) {
            all.addAll(blocks(child));
        }
        return all;
    }

    private static long size(Block block) {
        return TorchNames.of(block).values().stream().map(Parameter::getArray).mapToLong(NDArray::size).sum();
    }
}
