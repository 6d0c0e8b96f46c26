package org.kissdetect.classify.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.classify.internal.network.Variant;
import org.kissdetect.classify.internal.weights.TestSafetensors;
import org.kissdetect.common.text.Sha256;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading a model directory checks the metadata and every hash before any tensor is used (no libtorch here). */
class ModelDirectoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path model;

    @Test
    void readsAVerifiedDirectory() throws Exception {
        write(Map.of());

        ModelDirectory.Contents contents = ModelDirectory.read(model);

        assertThat(contents.variant()).isEqualTo(Variant.IMAGE);
        assertThat(contents.metadata().id()).isEqualTo("test-model");
        assertThat(contents.parameters().entries()).containsKey("classifier.bias");
        assertThat(contents.metadataSha256()).isEqualTo(Sha256.hex(Files.readAllBytes(model.resolve("metadata.json"))));
    }

    @Test
    void theDocumentedExampleIsValidMetadata() throws Exception {
        Path example = Path.of("../../models/metadata.example.json");

        ModelMetadata metadata = ModelDirectory.JSON.readValue(example.toFile(), ModelMetadata.class);

        assertThat(metadata.validate(example)).isEqualTo(Variant.BOTH);
    }

    @Test
    void aChangedParametersFileIsRefusedByItsHash() throws Exception {
        write(Map.of());
        byte[] parameters = Files.readAllBytes(model.resolve("detector.safetensors"));
        parameters[parameters.length - 1] ^= 1;
        Files.write(model.resolve("detector.safetensors"), parameters);

        assertThatThrownBy(() -> ModelDirectory.read(model)).isInstanceOf(ModelException.class)
                .hasMessageContaining(model.resolve("detector.safetensors").toString())
                .hasMessageContaining("sha256 is").hasMessageContaining("metadata.json records");
    }

    @Test
    void aParametersFileChangedAfterItWasVerifiedIsStillRefused() throws Exception {
        write(Map.of());
        ModelDirectory.read(model).parameters().close();
        Path file = model.resolve("detector.safetensors");
        java.nio.file.attribute.FileTime verifiedAt = Files.getLastModifiedTime(file);
        byte[] parameters = Files.readAllBytes(file);
        parameters[parameters.length - 1] ^= 1;
        Thread.sleep(20);
        Files.write(file, parameters);
        Files.setLastModifiedTime(file, verifiedAt);

        assertThatThrownBy(() -> ModelDirectory.read(model)).isInstanceOf(ModelException.class)
                .hasMessageContaining("the file changed or is damaged");
    }

    @Test
    void aMissingDirectoryOrMetadataIsNamed() throws Exception {
        assertThatThrownBy(() -> ModelDirectory.read(model.resolve("absent")))
                .hasMessageContaining("absent: no such model directory");
        assertThatThrownBy(() -> ModelDirectory.read(model)).hasMessageContaining("metadata.json is missing");
    }

    @Test
    void aListedFileThatIsMissingIsNamed() throws Exception {
        write(Map.of());
        Files.delete(model.resolve("detector.safetensors"));

        assertThatThrownBy(() -> ModelDirectory.read(model))
                .hasMessageContaining("detector.safetensors: no such file");
    }

    @Test
    void metadataThatIsNotJsonIsNamed() throws Exception {
        Files.writeString(model.resolve("metadata.json"), "{\"id\": ");

        assertThatThrownBy(() -> ModelDirectory.read(model))
                .hasMessageContaining("metadata.json: is not valid model metadata");
    }

    @Test
    void eachInvalidFieldIsNamed() throws Exception {
        assertRefused(Map.of("variant", "video"), "unknown variant 'video'");
        assertRefused(Map.of("id", " "), "field 'id' is missing or empty");
        assertRefused(Map.of("formatVersion", 2), "formatVersion is 2");
        assertRefused(Map.of("classes", List.of("kissing", "not kissing")), "classes are [kissing, not kissing]");
        assertRefused(Map.of("preprocessing", Map.of("image", Map.of("resize", 320))), "preprocessing is");
        assertRefused(Map.of("sha256", Map.of()), "lists no hash for the parameters file detector.safetensors");
        assertRefused(Map.of("sha256", Map.of("detector.safetensors", "00", "../secret", "00")), "'../secret'");
    }

    private void assertRefused(Map<String, Object> change, String reason) throws Exception {
        write(change);
        assertThatThrownBy(() -> ModelDirectory.read(model)).isInstanceOf(ModelException.class)
                .hasMessageContaining(model.resolve("metadata.json").toString()).hasMessageContaining(reason);
    }

    /** A small but well-formed model directory, with some metadata fields replaced. */
    private void write(Map<String, Object> change) throws Exception {
        Path parameters = TestSafetensors.write(model.resolve("detector.safetensors"), List.of(
                new TestSafetensors.Tensor("classifier.weight", new long[] {2, 512}, i -> 0.001 * i),
                new TestSafetensors.Tensor("classifier.bias", new long[] {2}, i -> i)));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("formatVersion", 1);
        metadata.put("id", "test-model");
        metadata.put("version", "1.0.0");
        metadata.put("variant", "image");
        metadata.put("classes", ModelMetadata.CLASSES);
        metadata.put("preprocessing", JSON.convertValue(Preprocessing.KISSDETECT, Map.class));
        metadata.put("parameters", "detector.safetensors");
        metadata.put("provenance", Map.of("weights", "a test"));
        metadata.put("sha256", Map.of("detector.safetensors", Sha256.hex(Files.readAllBytes(parameters))));
        metadata.putAll(change);
        JSON.writeValue(model.resolve("metadata.json").toFile(), metadata);
    }
}
