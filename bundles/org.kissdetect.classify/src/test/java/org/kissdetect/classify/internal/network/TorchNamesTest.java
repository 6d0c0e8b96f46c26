package org.kissdetect.classify.internal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kissdetect.djl.PyTorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kissdetect.nn.TorchNames;
import org.kissdetect.nn.Vggish;

/** The backbones have exactly the reference state dicts: every name, in order, with its shape. */
class TorchNamesTest {

    @BeforeAll
    static void startLibtorch() {
        PyTorch.start();
    }

    @Test
    void resNet18HasTorchvisionsStateDictWithoutFc() throws Exception {
        Map<String, Shape> shapes = initialisedShapes(ResNet18.build(), new Shape(1, 3, 224, 224));

        assertThat(shapes).containsExactlyEntriesOf(reference("resnet18"));
        assertThat(shapes.values().stream().mapToLong(Shape::size).sum()).isEqualTo(11_186_112L);
    }

    @Test
    void vggishHasTorchvggishsStateDict() throws Exception {
        Map<String, Shape> shapes = initialisedShapes(Vggish.build(), new Shape(1, 1, 96, 64));

        assertThat(shapes).containsExactlyEntriesOf(reference("vggish"));
        assertThat(shapes.values().stream().mapToLong(Shape::size).sum()).isEqualTo(72_141_184L);
    }

    @Test
    void eachDetectorVariantHasItsBranchesAndAClassifier() throws Exception {
        List<String> resnet = prefixed("image.", reference("resnet18").keySet());
        List<String> vggish = prefixed("audio.", reference("vggish").keySet());
        List<String> classifier = List.of("classifier.weight", "classifier.bias");

        assertThat(TorchNames.of(new DetectorNetwork(Variant.BOTH)).keySet())
                .containsExactlyElementsOf(concat(resnet, vggish, classifier));
        assertThat(TorchNames.of(new DetectorNetwork(Variant.IMAGE)).keySet())
                .containsExactlyElementsOf(concat(resnet, classifier));
        assertThat(TorchNames.of(new DetectorNetwork(Variant.AUDIO)).keySet())
                .containsExactlyElementsOf(concat(vggish, classifier));
    }

    private static Map<String, Shape> initialisedShapes(Block block, Shape input) {
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            block.initialize(manager, DataType.FLOAT32, input);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (Map.Entry<String, Parameter> parameter : TorchNames.of(block).entrySet()) {
                shapes.put(parameter.getKey(), parameter.getValue().getArray().getShape());
            }
            return shapes;
        }
    }

    /** The names and shapes of the fixture, which lists the PyTorch state dicts. */
    private static Map<String, Shape> reference(String backbone) throws Exception {
        try (InputStream in = TorchNamesTest.class.getResourceAsStream("/backbone-parity/fixture.json")) {
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (JsonNode tensor : new ObjectMapper().readTree(in).get(backbone).get("weights").get("tensors")) {
                long[] shape = new long[tensor.get("shape").size()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = tensor.get("shape").get(i).asLong();
                }
                shapes.put(tensor.get("name").asText(), new Shape(shape));
            }
            return shapes;
        }
    }

    private static List<String> prefixed(String prefix, Iterable<String> names) {
        List<String> result = new ArrayList<>();
        names.forEach(name -> result.add(prefix + name));
        return result;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
