package org.kissdetect.checkpoints.internal.torch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.StateDict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Files written by torch 2.11 (see {@code pth-checkpoints-torch2/README.md}): bfloat16, int32, Counter, byteorder. */
class Torch2FilesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"t2-zip.pth,", "t2-legacy.pth,", "t2-module.pth,net."})
    void readsWhatTorch2Writes(String name, String expectedPrefix) throws Exception {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/pth-checkpoints-torch2/t2-expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/pth-checkpoints-torch2/" + name)) {
            Files.copy(in, file);
        }
        String prefix = expectedPrefix == null ? "" : expectedPrefix;

        StateDict stateDict = PthReader.read(file, "0".repeat(64));

        int checked = 0;
        for (var it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            CheckpointTensor tensor = stateDict.tensors().get(entry.getKey().substring(prefix.length()));
            assertThat(tensor).as(entry.getKey()).isNotNull();
            assertThat(tensor.type().name().toLowerCase()).isEqualTo(entry.getValue().get(0).asText().replace("torch.", ""));
            assertThat(tensor.shape()).containsExactly(PthFixtureTest.ints(entry.getValue().get(1)));
            JsonNode values = entry.getValue().get(2);
            for (int i = 0; i < values.size(); i++) {
                if (tensor.type().isFloating()) {
                    assertThat(tensor.floats()[i]).isEqualTo((float) values.get(i).asDouble());
                } else {
                    assertThat(tensor.integers()[i]).isEqualTo(values.get(i).asLong());
                }
            }
            checked++;
        }
        assertThat(stateDict.tensors()).hasSize(checked);
    }
}
