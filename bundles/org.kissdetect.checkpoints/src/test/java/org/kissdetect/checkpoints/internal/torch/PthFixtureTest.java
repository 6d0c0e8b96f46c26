package org.kissdetect.checkpoints.internal.torch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.api.checkpoint.TensorType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three files of {@code shared/fixtures/pth-checkpoints} (copied to the test resources), written by torch 1.13:
 * every tensor's name, type, shape and values as {@code fixture.json} gives them, with the transposed view and the
 * slice at a storage offset resolved.
 */
class PthFixtureTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"wrapped-zip.pth", "wrapped-legacy.pth", "plain-zip.pth"})
    void readsEveryTensorAsTorchSavedIt(String name) throws Exception {
        JsonNode expected = fixture().get("tensors");

        StateDict stateDict = PthReader.read(copy(name), "0".repeat(64));

        List<String> expectedNames = new ArrayList<>();
        expected.fieldNames().forEachRemaining(full -> expectedNames.add(full.substring("module.".length())));
        assertThat(stateDict.tensors().keySet()).containsExactlyElementsOf(expectedNames);
        for (Map.Entry<String, CheckpointTensor> entry : stateDict.tensors().entrySet()) {
            JsonNode spec = expected.get("module." + entry.getKey());
            CheckpointTensor tensor = entry.getValue();
            assertThat(tensor.name()).isEqualTo(entry.getKey());
            assertThat(tensor.type()).isEqualTo(type(spec.get("dtype").asText()));
            assertThat(tensor.shape()).containsExactly(ints(spec.get("shape")));
            JsonNode values = spec.get("values");
            assertThat(tensor.elementCount()).isEqualTo(values.size());
            for (int i = 0; i < values.size(); i++) {
                if (tensor.type().isFloating()) {
                    assertThat(tensor.floats()[i]).as(entry.getKey() + "[" + i + "]")
                            .isEqualTo((float) values.get(i).asDouble());
                } else {
                    assertThat(tensor.integers()[i]).isEqualTo(values.get(i).asLong());
                }
            }
        }
    }

    private static TensorType type(String dtype) {
        return switch (dtype) {
            case "float32" -> TensorType.FLOAT32;
            case "float16" -> TensorType.FLOAT16;
            case "float64" -> TensorType.FLOAT64;
            case "int64" -> TensorType.INT64;
            default -> throw new IllegalArgumentException(dtype);
        };
    }

    static JsonNode fixture() throws IOException {
        try (InputStream in = PthFixtureTest.class.getResourceAsStream("/pth-checkpoints/fixture.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private Path copy(String name) throws IOException {
        try (InputStream in = PthFixtureTest.class.getResourceAsStream("/pth-checkpoints/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
