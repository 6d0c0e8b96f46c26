package org.kissdetect.resnet3d.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.resnet3d.internal.TestStateDicts;
import org.kissdetect.nn.weights.Tensor;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writing and reading Kinetics model directories, with tensors too small for a network: nothing runs libtorch. */
class KineticsModelDirectoryTest {

    @TempDir
    Path folder;

    private Path model;
    private ClassList classes;

    @BeforeEach
    void writeModel() throws IOException {
        model = folder.resolve("kinetics3-r3d34");
        classes = ClassList.read(TestStateDicts.classList(folder.resolve("classes.txt"), 3, 1));
        KineticsModelWriter.write(model, description(), List.of(new Tensor("fc.bias", new int[] {3},
                new float[] {1, 2, 3})));
    }

    @Test
    void whatIsWrittenIsReadBackVerified() throws Exception {
        KineticsModelDirectory.Contents contents = KineticsModelDirectory.read(model);

        KineticsMetadata metadata = contents.metadata();
        assertThat(metadata.kind()).isEqualTo("kinetics-action");
        assertThat(metadata.architecture()).isEqualTo("r3d34");
        assertThat(metadata.classes()).containsExactly("class 0", "kissing", "class 2");
        assertThat(metadata.positiveIndex()).isEqualTo(1);
        assertThat(metadata.classesSha256()).isEqualTo(classes.sha256());
        assertThat(metadata.threshold()).isEqualTo(0.5);
        assertThat(metadata.preprocessing()).isEqualTo(ClipPreprocessing.KINETICS_700);
        assertThat(metadata.sha256()).containsOnlyKeys("r3d34.safetensors", "MODEL_CARD.md");
        assertThat(contents.parameters()).singleElement().satisfies(t -> assertThat(t.values()).containsExactly(1, 2, 3));
        assertThat(contents.metadataSha256()).isEqualTo(Sha256.hex(model.resolve("metadata.json")));
        assertThat(KineticsModelDirectory.kindOf(model)).contains("kinetics-action");
    }

    @Test
    void theModelCardSaysWhatItIsAndWhatItIsNot() throws IOException {
        String card = Files.readString(model.resolve("MODEL_CARD.md"));

        assertThat(card).contains("Kinetics' \"kissing\" class", "10-second clips", "Not films",
                "never been evaluated on films here", "ckpt.pth", "mean.py:7-9", "index 1", classes.sha256());
    }

    @Test
    void aChangedFileIsRefusedNamingIt() throws IOException {
        Files.writeString(model.resolve("MODEL_CARD.md"), "edited");

        assertThatThrownBy(() -> KineticsModelDirectory.read(model)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("model " + model.resolve("MODEL_CARD.md") + ": sha256 is ")
                .hasMessageContaining("the file changed or is damaged");
    }

    @Test
    void aMissingParametersFileIsRefusedNamingIt() throws IOException {
        Files.delete(model.resolve("r3d34.safetensors"));

        assertThatThrownBy(() -> KineticsModelDirectory.read(model))
                .hasMessage("model " + model.resolve("r3d34.safetensors") + ": is missing");
    }

    @Test
    void impossibleMetadataIsRefusedNamingTheField() throws IOException {
        assertRefused(m -> m.put("threshold", 1.5), "threshold is 1.5, expected a probability in (0, 1)");
        assertRefused(m -> m.put("positiveClass", "hugging"), "positiveClass 'hugging' is not among the 3 classes");
        assertRefused(m -> m.put("kind", "detector"), "kind is 'detector', expected kinetics-action");
        assertRefused(m -> m.put("shortcut", "C"), "shortcut is 'C', expected A or B");
        assertRefused(m -> m.put("architecture", "r3d50"), "architecture is 'r3d50', this version reads r3d34");
        assertRefused(m -> m.putArray("classes").add("kissing").add("kissing"), "classes name some class twice");
        assertRefused(m -> ((ObjectNode) m.get("preprocessing")).put("centerCrop", 0), "preprocessing: frames, shortSide");
        assertRefused(m -> ((ObjectNode) m.get("sha256")).put("../escape", "00"), "sha256 lists '../escape', which is not a file");
        assertRefused(m -> m.put("unknownField", 1), "is not valid Kinetics model metadata");
    }

    @Test
    void metadataThatIsNotJsonOrNotAnObjectIsRefused() throws IOException {
        Path metadata = model.resolve("metadata.json");
        Files.writeString(metadata, "null");
        assertThatThrownBy(() -> KineticsModelDirectory.read(model)).hasMessageContaining("not model metadata");
        Files.write(metadata, new byte[] {0, 1, 2});
        assertThatThrownBy(() -> KineticsModelDirectory.read(model))
                .hasMessageContaining("is not valid Kinetics model metadata");
        assertThat(KineticsModelDirectory.kindOf(model)).isEmpty();
    }

    @Test
    void anEarlierModelIsReplacedButAFolderOfSomethingElseIsNot() throws IOException {
        List<ImportedFile> written = KineticsModelWriter.write(model, description(),
                List.of(new Tensor("fc.bias", new int[] {3}, new float[] {4, 5, 6})));
        assertThat(written).extracting(ImportedFile::path).containsExactly(model.resolve("r3d34.safetensors"),
                model.resolve("MODEL_CARD.md"), model.resolve("metadata.json"));
        for (ImportedFile file : written) {
            assertThat(file.sha256()).isEqualTo(Sha256.hex(file.path()));
        }

        Path other = Files.createDirectories(folder.resolve("holiday"));
        Files.writeString(other.resolve("photo.jpg"), "mine");
        assertThatThrownBy(() -> KineticsModelWriter.write(other, description(), List.of()))
                .hasMessageContaining("holds something other than a Kinetics model: not replaced");
        assertThat(other.resolve("photo.jpg")).hasContent("mine");
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    private void assertRefused(java.util.function.Consumer<ObjectNode> edit, String message) throws IOException {
        Path file = model.resolve("metadata.json");
        byte[] original = Files.readAllBytes(file);
        ObjectNode metadata = (ObjectNode) KineticsModelDirectory.JSON.readTree(original);
        edit.accept(metadata);
        Files.write(file, KineticsModelDirectory.JSON.writeValueAsBytes(metadata));
        try {
            assertThatThrownBy(() -> KineticsModelDirectory.read(model)).isInstanceOf(ModelException.class)
                    .hasMessageStartingWith("model " + file + ": ").hasMessageContaining(message);
        } finally {
            Files.write(file, original);
        }
    }

    private KineticsModelWriter.Description description() {
        return new KineticsModelWriter.Description("kinetics3-r3d34", "1", "B", classes,
                ClipPreprocessing.KINETICS_700, KineticsMetadata.DEFAULT_THRESHOLD, Map.of("checkpoint", "ckpt.pth"),
                "ckpt.pth", "cd".repeat(32));
    }
}
