package org.kissdetect.classify.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The plain-data reference shapes are the state dicts of the parity fixture, written by torchvision and torchvggish. */
class ReferenceShapesTest {

    @ParameterizedTest
    @ValueSource(strings = {"resnet18", "vggish"})
    void matchTheReferenceStateDictsNameForNameInOrder(String backbone) throws Exception {
        Map<String, int[]> expected = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/backbone-parity/fixture.json")) {
            for (JsonNode tensor : new ObjectMapper().readTree(in).get(backbone).get("weights").get("tensors")) {
                int[] shape = new int[tensor.get("shape").size()];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = tensor.get("shape").get(d).asInt();
                }
                expected.put(tensor.get("name").asText(), shape);
            }
        }

        Map<String, int[]> shapes = backbone.equals("resnet18") ? ReferenceShapes.resnet18() : ReferenceShapes.vggish();

        assertThat(shapes.keySet()).containsExactlyElementsOf(expected.keySet());
        shapes.forEach((name, shape) -> assertThat(shape).as(name).containsExactly(expected.get(name)));
        long values = shapes.values().stream().mapToLong(s -> java.util.Arrays.stream(s).asLongStream()
                .reduce(1, Math::multiplyExact)).sum();
        assertThat(values).isEqualTo(backbone.equals("resnet18") ? 11_186_112 : 72_141_184);
    }
}
