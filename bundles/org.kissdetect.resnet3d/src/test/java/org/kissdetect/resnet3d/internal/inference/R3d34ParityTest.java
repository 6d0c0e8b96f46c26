package org.kissdetect.resnet3d.internal.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.StateDict;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.resnet3d.internal.R3d34Fixture;
import org.kissdetect.resnet3d.internal.TestStateDicts;
import org.kissdetect.resnet3d.internal.layout.R3d34CheckpointLayout;
import org.kissdetect.resnet3d.internal.model.KineticsMetadata;
import org.kissdetect.resnet3d.internal.model.KineticsModelDirectory;
import org.kissdetect.resnet3d.internal.network.Shortcut;

import ai.djl.Device;

/**
 * The 3D ResNet-34 computes what PyTorch computes for both of Hara et al.'s layouts: the fixture's formula weights,
 * as a checkpoint reader delivers them, go through the real import path (the layout writes a model directory, the
 * directory is verified and read, the loader fills the network) and give PyTorch's features and logits for the
 * formula clip within 1e-4 of their largest magnitude.
 */
class R3d34ParityTest {

    @BeforeAll
    static void startLibtorch() {
        PyTorch.start();
    }

    @Test
    void shortcutBMatchesPyTorch(@TempDir Path folder) throws Exception {
        check("shortcut_b", "r3d34_K_200ep.pth", Shortcut.B, folder);
    }

    @Test
    void shortcutAMatchesPyTorch(@TempDir Path folder) throws Exception {
        check("shortcut_a", "resnet-34-kinetics.pth", Shortcut.A, folder);
    }

    private static void check(String name, String checkpoint, Shortcut shortcut, Path folder) throws Exception {
        R3d34Fixture fixture = R3d34Fixture.load(name);
        Path classes = TestStateDicts.classList(folder.resolve("classes.txt"), fixture.classes(), 3);
        Path model = imported(fixture.stateDict(folder.resolve(checkpoint)), classes, folder);
        KineticsModelDirectory.Contents contents = KineticsModelDirectory.read(model);
        KineticsMetadata metadata = contents.metadata();
        assertThat(metadata.shortcutType()).isEqualTo(shortcut);

        int[] input = fixture.inputShape();
        LoadedR3d34.Outputs outputs;
        try (LoadedR3d34 network = R3d34Loader.load(model.resolve(metadata.parameters()), metadata.shortcutType(),
                metadata.classes().size(), contents.parameters(), Device.cpu())) {
            outputs = network.forward(fixture.input(), input[0], input[2], input[3], 2);
        }

        assertMatches("features", outputs.features(), fixture.expectedFeatures());
        assertMatches("logits", outputs.logits(), fixture.expectedLogits());
    }

    private static Path imported(StateDict stateDict, Path classes, Path folder) throws Exception {
        R3d34CheckpointLayout layout = new R3d34CheckpointLayout();
        assertThat(layout.recognises(stateDict)).isTrue();
        Path out = folder.resolve("models");
        java.nio.file.Files.createDirectories(out);
        layout.write(stateDict, new ImportOptions(Optional.of(classes)), out);
        return out.resolve("kinetics" + stateDict.tensors().get("fc.bias").shape()[0] + "-r3d34");
    }

    private static void assertMatches(String what, float[] actual, float[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        float largest = 0;
        float worst = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(largest).as("the reference %s are not all zeros", what).isGreaterThan(0);
        assertThat(worst).as("largest difference of the %s from PyTorch (reference max |value| %s)", what, largest)
                .isLessThanOrEqualTo(1e-4f * largest);
    }
}
