package org.kissdetect.classify.internal.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;

class SafetensorsFileTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryTensorInHeaderOrderWithItsValues() throws Exception {
        Path file = write(new TestSafetensors.Tensor("b.weight", new long[] {2, 3}, i -> i + 0.5),
                new TestSafetensors.Tensor("a.bias", new long[] {2}, i -> -i));

        SafetensorsFile safetensors = SafetensorsFile.parse(file, Files.readAllBytes(file));

        assertThat(safetensors.entries().keySet()).containsExactly("b.weight", "a.bias");
        assertThat(safetensors.entries().get("b.weight").shape()).containsExactly(2, 3);
        float[] values = new float[6];
        safetensors.floats(safetensors.entries().get("b.weight")).get(values);
        assertThat(values).containsExactly(0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f);
        float[] bias = new float[2];
        safetensors.floats(safetensors.entries().get("a.bias")).get(bias);
        assertThat(bias).containsExactly(0f, -1f);
    }

    @Test
    void aTruncatedFileNamesTheTensorWhoseDataIsCutOff() throws Exception {
        Path file = write(new TestSafetensors.Tensor("conv1.weight", new long[] {4}, i -> i),
                new TestSafetensors.Tensor("bn1.bias", new long[] {4}, i -> i));
        byte[] bytes = Files.readAllBytes(file);

        assertThatThrownBy(() -> SafetensorsFile.parse(file, Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("tensor bn1.bias")
                .hasMessageContaining("truncated");
    }

    @Test
    void aFileCutInsideItsHeaderIsRefused() throws Exception {
        Path file = write(new TestSafetensors.Tensor("conv1.weight", new long[] {4}, i -> i));
        byte[] bytes = Files.readAllBytes(file);

        assertThatThrownBy(() -> SafetensorsFile.parse(file, Arrays.copyOf(bytes, 20)))
                .hasMessageContaining(file.toString()).hasMessageContaining("truncated, or not a safetensors file");
        assertThatThrownBy(() -> SafetensorsFile.parse(file, new byte[3])).hasMessageContaining("too short");
    }

    @Test
    void aHeaderThatIsNotJsonIsRefused() throws Exception {
        byte[] header = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(header.length).put(header).array();
        Path file = folder.resolve("broken.safetensors");

        assertThatThrownBy(() -> SafetensorsFile.parse(file, bytes))
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid JSON");
    }

    @Test
    void dataThatDoesNotFitTheShapeNamesTheTensor() throws Exception {
        Path file = write(new TestSafetensors.Tensor("fc.weight", "F16", new long[] {4}, i -> i));

        assertThatThrownBy(() -> SafetensorsFile.parse(file, Files.readAllBytes(file)))
                .hasMessageContaining("tensor fc.weight has 16 bytes of data, but shape [4] of F16 needs 8");
    }

    @Test
    void anUnknownDtypeNamesTheTensor() throws Exception {
        Path file = write(new TestSafetensors.Tensor("fc.weight", "F8_E4M3", new long[] {4}, i -> i));

        assertThatThrownBy(() -> SafetensorsFile.parse(file, Files.readAllBytes(file)))
                .hasMessageContaining("tensor fc.weight has unknown dtype F8_E4M3");
    }

    private Path write(TestSafetensors.Tensor... tensors) throws IOException {
        return TestSafetensors.write(folder.resolve("weights.safetensors"), List.of(tensors));
    }
}
