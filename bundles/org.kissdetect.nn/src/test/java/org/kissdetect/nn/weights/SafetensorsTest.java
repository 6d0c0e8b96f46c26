package org.kissdetect.nn.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SafetensorsTest {

    private static final Path FILE = Path.of("/m/r3d34.safetensors");

    @Test
    void tensorsComeBackWithTheirNamesShapesValuesAndOrder() throws IOException {
        float[] large = new float[200_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = i * 0.5f;
        }
        List<Tensor> written = List.of(new Tensor("conv1.weight", new int[] {2, 1, 1, 1, 3},
                new float[] {1, -2, 3.5f, Float.MIN_VALUE, 0, -0f}), new Tensor("fc.bias", new int[] {200_000}, large),
                new Tensor("a.scalar", new int[0], new float[] {7}));

        List<Tensor> read = Safetensors.read(FILE, bytes(written));

        assertThat(read).extracting(Tensor::name).containsExactly("conv1.weight", "fc.bias", "a.scalar");
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).shape()).containsExactly(written.get(i).shape());
            assertThat(Arrays.equals(read.get(i).values(), written.get(i).values())).isTrue();
        }
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheTensor() throws IOException {
        byte[] bytes = bytes(List.of(new Tensor("fc.weight", new int[] {4, 2}, new float[8])));

        assertThatThrownBy(() -> Safetensors.read(FILE, Arrays.copyOf(bytes, bytes.length - 4)))
                .isInstanceOf(IOException.class).hasMessageStartingWith(FILE + ": tensor fc.weight: data_offsets");
    }

    @Test
    void otherDtypesAreRefused() {
        byte[] bytes = file("{\"x\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]}}", 4);

        assertThatThrownBy(() -> Safetensors.read(FILE, bytes)).hasMessageContaining("tensor x: needs dtype F32");
    }

    @Test
    void aHeaderLongerThanTheFileIsRefused() {
        byte[] bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1L << 40).array();

        assertThatThrownBy(() -> Safetensors.read(FILE, bytes)).hasMessageContaining("its header claims");
    }

    @Test
    void aShapeLargerThanTheFileIsRefusedBeforeAnythingIsAllocated() {
        byte[] bytes = file("{\"x\":{\"dtype\":\"F32\",\"shape\":[65536,65536,65536],\"data_offsets\":[0,4]}}", 4);

        assertThatThrownBy(() -> Safetensors.read(FILE, bytes)).hasMessageContaining("more values than the file");
    }

    @Test
    void aHeaderThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> Safetensors.read(FILE, file("{not json", 0)))
                .hasMessageContaining("header is not valid JSON");
    }

    private static byte[] bytes(List<Tensor> tensors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Safetensors.write(tensors, out);
        return out.toByteArray();
    }

    private static byte[] file(String header, int dataBytes) {
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + text.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN).putLong(text.length)
                .put(text).array();
    }
}
