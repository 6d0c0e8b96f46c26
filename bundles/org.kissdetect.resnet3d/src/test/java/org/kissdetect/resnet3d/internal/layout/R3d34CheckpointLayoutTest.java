package org.kissdetect.resnet3d.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointTensor;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.api.checkpoint.TensorType;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.resnet3d.internal.TestStateDicts;
import org.kissdetect.resnet3d.internal.model.ClipPreprocessing;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.kissdetect.resnet3d.internal.network.Shortcut;

/** Recognising Hara et al.'s r3d34 state dicts and turning them into Kinetics model directories, without libtorch. */
class R3d34CheckpointLayoutTest {

    private static final Path CHECKPOINT = Path.of("/downloads/r3d34_K_200ep.pth");

    private final R3d34CheckpointLayout layout = new R3d34CheckpointLayout();

    @TempDir
    Path folder;

    @Test
    void bothShortcutTypesAreRecognisedWithAnyClassCount() {
        assertThat(R3d34CheckpointLayout.shortcutOf(TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 700, 0, 1)))
                .contains(Shortcut.B);
        assertThat(R3d34CheckpointLayout.shortcutOf(TestStateDicts.oneBias(CHECKPOINT, Shortcut.A, 5, 0, 1)))
                .contains(Shortcut.A);
    }

    @Test
    void aStateDictWithAMissingExtraOrMisshapenTensorIsNotRecognised() {
        StateDict complete = TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 4, 0, 1);

        assertThat(layout.recognises(without(complete, "layer3.2.bn1.running_var"))).isFalse();
        assertThat(layout.recognises(with(complete, new CheckpointTensor("head.weight", TensorType.FLOAT32,
                new int[] {1}, new float[1], null)))).isFalse();
        assertThat(layout.recognises(with(complete, new CheckpointTensor("layer1.0.bn1.bias", TensorType.FLOAT32,
                new int[] {65}, new float[65], null)))).isFalse();
        assertThat(layout.recognises(with(complete, new CheckpointTensor("layer1.0.bn1.bias", TensorType.INT64,
                new int[] {64}, null, new long[64])))).isFalse();
        // a type-B state dict without its downsampling tensors is type A
        StateDict stripped = complete;
        for (String name : complete.tensors().keySet()) {
            if (name.contains("downsample")) {
                stripped = without(stripped, name);
            }
        }
        assertThat(R3d34CheckpointLayout.shortcutOf(stripped)).contains(Shortcut.A);
        assertThat(layout.recognises(new StateDict(CHECKPOINT, "0".repeat(64), Map.of()))).isFalse();
    }

    @Test
    void importWritesAVerifiableKineticsModelWithThePreprocessingOfItsCode() throws Exception {
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 5, 2);

        List<ImportedFile> written = layout.write(TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 5, 2, 1),
                new ImportOptions(Optional.of(classes)), folder);

        Path model = folder.resolve("kinetics5-r3d34");
        assertThat(written).extracting(ImportedFile::path).containsExactlyInAnyOrder(
                model.resolve("r3d34.safetensors"), model.resolve("MODEL_CARD.md"), model.resolve("metadata.json"));
        KineticsMetadata metadata = KineticsModelDirectory.read(model).metadata();
        assertThat(metadata.shortcut()).isEqualTo("B");
        assertThat(metadata.positiveIndex()).isEqualTo(2);
        assertThat(metadata.classesSha256()).isEqualTo(Sha256.hex(classes));
        assertThat(metadata.preprocessing()).isEqualTo(ClipPreprocessing.KINETICS_700);
        assertThat(metadata.provenance()).containsEntry("checkpoint", "r3d34_K_200ep.pth")
                .containsEntry("checkpointSha256", "ab".repeat(32));
    }

    @Test
    void aTypeACheckpointGetsTheOlderCodesPreprocessing() throws Exception {
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 4, 0);

        layout.write(TestStateDicts.oneBias(CHECKPOINT, Shortcut.A, 4, 0, 1), new ImportOptions(Optional.of(classes)),
                folder);

        KineticsMetadata metadata = KineticsModelDirectory.read(folder.resolve("kinetics4-r3d34")).metadata();
        assertThat(metadata.shortcut()).isEqualTo("A");
        assertThat(metadata.preprocessing()).isEqualTo(ClipPreprocessing.KINETICS_400);
    }

    @Test
    void withoutAClassListNothingIsWritten() throws IOException {
        assertThatThrownBy(() -> layout.write(TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 5, 2, 1),
                ImportOptions.none(), folder)).isInstanceOf(CheckpointException.class)
                .hasMessageStartingWith("checkpoint " + CHECKPOINT + ": its 5 Kinetics classes carry no names");
        assertEmpty();
    }

    @Test
    void aClassListOfAnotherLengthIsRefusedNamingBothFiles() throws IOException {
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 4, 2);

        assertThatThrownBy(() -> layout.write(TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 5, 2, 1),
                new ImportOptions(Optional.of(classes)), folder)).isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoint " + CHECKPOINT + ": class list " + classes + " names 4 classes, but its fc has"
                        + " 5 rows");
        assertEmptyBut(classes);
    }

    @Test
    void aClassListWithoutKissingIsRefused() throws IOException {
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 5, -1);

        assertThatThrownBy(() -> layout.write(TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 5, 2, 1),
                new ImportOptions(Optional.of(classes)), folder))
                .hasMessage("checkpoint " + CHECKPOINT + ": class list " + classes + " has no class 'kissing'");
        assertEmptyBut(classes);
    }

    @Test
    void aCheckpointWithANonFiniteWeightIsRefusedNamingTheTensor() throws IOException {
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), 5, 2);
        float[] bias = new float[5];
        bias[3] = Float.NaN;

        assertThatThrownBy(() -> layout.write(TestStateDicts.withFc(CHECKPOINT, Shortcut.B, new float[5 * 512], bias),
                new ImportOptions(Optional.of(classes)), folder))
                .hasMessage("checkpoint " + CHECKPOINT + ": tensor fc.bias holds NaN at index 3 (a damaged checkpoint)");
        assertEmptyBut(classes);
    }

    @Test
    void anUnreadableClassListIsRefusedNamingIt() {
        Path classes = folder.resolve("missing.csv");

        assertThatThrownBy(() -> layout.write(TestStateDicts.oneBias(CHECKPOINT, Shortcut.B, 5, 2, 1),
                new ImportOptions(Optional.of(classes)), folder))
                .hasMessage("checkpoint " + CHECKPOINT + ": class list " + classes + " does not exist");
    }

    private void assertEmpty() throws IOException {
        try (var entries = Files.list(folder)) {
            assertThat(entries).isEmpty();
        }
    }

    private void assertEmptyBut(Path file) throws IOException {
        try (var entries = Files.list(folder)) {
            assertThat(entries).containsExactly(file);
        }
    }

    private static StateDict without(StateDict stateDict, String name) {
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>(stateDict.tensors());
        tensors.remove(name);
        return new StateDict(stateDict.source(), stateDict.sha256(), tensors);
    }

    private static StateDict with(StateDict stateDict, CheckpointTensor tensor) {
        Map<String, CheckpointTensor> tensors = new LinkedHashMap<>(stateDict.tensors());
        tensors.put(tensor.name(), tensor);
        return new StateDict(stateDict.source(), stateDict.sha256(), tensors);
    }
}
