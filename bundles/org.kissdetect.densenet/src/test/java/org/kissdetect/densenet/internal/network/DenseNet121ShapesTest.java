package org.kissdetect.densenet.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.TorchNames;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;

/** The plain-data state dict the importer checks is the one the network has, and the one the fixture names. */
class DenseNet121ShapesTest {

    @Test
    void namesAndShapesAreTheNetworksInStateDictOrder() {
        PyTorch.start();
        Map<String, String> built = new LinkedHashMap<>();
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            Block network = DenseNet121.build();
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 64, 64));
            TorchNames.of(network).forEach((name, p) -> built.put(name, p.getArray().getShape().toString()));
        }

        assertThat(text(DenseNet121Shapes.stateDict())).containsExactlyEntriesOf(built);
    }

    @Test
    void areTheFixturesTensors() {
        Map<String, int[]> shapes = DenseNet121Shapes.stateDict();

        assertThat(shapes).hasSize(604);
        assertThat(text(shapes)).containsExactlyEntriesOf(text(ParityFixture.load().shapes()));
    }

    private static Map<String, String> text(Map<String, int[]> shapes) {
        Map<String, String> text = new LinkedHashMap<>();
        shapes.forEach((name, shape) -> text.put(name, new Shape(java.util.Arrays.stream(shape).asLongStream()
                .toArray()).toString()));
        return text;
    }
}
