package org.kissdetect.checkpoints.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointImporter.ImportResult;
import org.kissdetect.api.checkpoint.CheckpointLayout;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.checkpoints.testing.PthWriter;
import org.kissdetect.common.text.Sha256;

class CheckpointImporterComponentTest {

    @TempDir
    Path folder;

    private final CheckpointLayout layout = mock(CheckpointLayout.class);
    private final CheckpointLayout other = mock(CheckpointLayout.class);

    @Test
    void aNameThatClaimsAnotherHashIsRefusedBeforeAnyLayoutSeesIt() throws Exception {
        Path file = new PthWriter().add("w", new long[] {2}, i -> i).write(folder.resolve("resnet18-deadbeef.pth"));
        String sha256 = Sha256.hex(file);

        assertThatThrownBy(() -> new CheckpointImporterComponent(List.of(layout))
                .importCheckpoints(List.of(file), ImportOptions.none(), folder.resolve("out")))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("claims a sha256 starting with deadbeef")
                .hasMessageContaining("sha256 " + sha256);
        verify(layout, never()).recognises(any());
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aNameWhoseHashMatchesIsImportedThroughTheLayoutThatRecognisesIt() throws Exception {
        Path written = new PthWriter().add("w", new long[] {2}, i -> i).write(folder.resolve("w.pth"));
        String sha256 = Sha256.hex(written);
        Path file = Files.move(written, folder.resolve("net-" + sha256.substring(0, 8) + ".pth"));
        Path out = folder.resolve("out");
        ImportedFile result = new ImportedFile(out.resolve("w.safetensors"), "ab", "weights");
        when(layout.name()).thenReturn("net");
        when(layout.recognises(any())).thenReturn(true);
        when(layout.write(any(), any(), any())).thenReturn(List.of(result));
        when(other.recognises(any())).thenReturn(false);

        List<ImportResult> results = new CheckpointImporterComponent(List.of(other, layout))
                .importCheckpoints(List.of(file), ImportOptions.none(), out);

        assertThat(results).containsExactly(new ImportResult(file, sha256, "net", List.of(result)));
        assertThat(out).isDirectory();
    }

    @Test
    void aStateDictNoLayoutRecognisesNamesTheInstalledLayouts() throws Exception {
        Path file = new PthWriter().add("conv.weight", new long[] {2}, i -> i).write(folder.resolve("w.pth"));
        when(layout.name()).thenReturn("torchvision ResNet-18");
        when(other.name()).thenReturn("torchvggish VGGish");

        assertThatThrownBy(() -> new CheckpointImporterComponent(List.of(layout, other))
                .importCheckpoints(List.of(file), ImportOptions.none(), folder.resolve("out")))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("its 1 tensors (conv.weight) are of no layout installed here"
                        + " (torchvggish VGGish, torchvision ResNet-18)");
        assertThatThrownBy(() -> new CheckpointImporterComponent(List.of())
                .importCheckpoints(List.of(file), ImportOptions.none(), folder.resolve("out")))
                .hasMessageContaining("installed here (none)");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("missing.pth");

        assertThatThrownBy(() -> new CheckpointImporterComponent().read(missing))
                .hasMessage("checkpoint " + missing + ": does not exist");
    }
}
