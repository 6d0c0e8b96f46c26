package org.kissdetect.checkpoints.internal.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.api.checkpoint.TensorType;
import org.kissdetect.checkpoints.internal.CheckpointImporterComponent;
import org.kissdetect.checkpoints.testing.PthWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The test writer against the torch fixtures: what it writes of the fixture's tensors reads back as torch's files do. */
class PthWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesTheFixtureTensorsAsTorchDoesBareAndWrapped() throws Exception {
        JsonNode fixture = new ObjectMapper().readTree(getClass().getResourceAsStream("/pth-checkpoints/fixture.json"))
                .get("tensors");
        PthWriter bare = new PthWriter();
        PthWriter wrapped = new PthWriter().wrappedWithModulePrefix();
        for (Iterator<Map.Entry<String, JsonNode>> it = fixture.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode values = entry.getValue().get("values");
            long[] shape = new long[entry.getValue().get("shape").size()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = entry.getValue().get("shape").get(d).asLong();
            }
            PthWriter.DType dtype = PthWriter.DType.valueOf(entry.getValue().get("dtype").asText().toUpperCase());
            PthWriter.Tensor tensor = new PthWriter.Tensor(entry.getKey().substring("module.".length()), dtype, shape,
                    i -> values.get((int) i).asDouble());
            bare.add(tensor);
            wrapped.add(tensor);
        }
        CheckpointImporterComponent reader = new CheckpointImporterComponent();

        StateDict fromBare = reader.read(bare.write(folder.resolve("bare.pth")));
        StateDict fromWrapped = reader.read(wrapped.write(folder.resolve("wrapped.pth")));

        for (StateDict stateDict : new StateDict[] {fromBare, fromWrapped}) {
            assertThat(stateDict.tensors()).hasSize(fixture.size());
            for (Map.Entry<String, CheckpointTensor> entry : stateDict.tensors().entrySet()) {
                JsonNode expected = fixture.get("module." + entry.getKey()).get("values");
                CheckpointTensor tensor = entry.getValue();
                for (int i = 0; i < expected.size(); i++) {
                    if (tensor.type() == TensorType.INT64) {
                        assertThat(tensor.integers()[i]).isEqualTo(expected.get(i).asLong());
                    } else {
                        assertThat(tensor.floats()[i]).isEqualTo((float) expected.get(i).asDouble());
                    }
                }
            }
        }
        assertThat(fromWrapped.tensors().get("half").type()).isEqualTo(TensorType.FLOAT16);
        assertThat(fromWrapped.tensors().get("double").type()).isEqualTo(TensorType.FLOAT64);
    }
}
