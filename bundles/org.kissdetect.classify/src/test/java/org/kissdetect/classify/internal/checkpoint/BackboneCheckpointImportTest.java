package org.kissdetect.classify.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointImporter.ImportResult;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.checkpoints.internal.CheckpointImporterComponent;
import org.kissdetect.checkpoints.testing.PthWriter;
import org.kissdetect.classify.internal.weights.SafetensorsFile;
import org.kissdetect.common.text.Sha256;

/**
 * Formula-weight checkpoints in the public layouts (torchvision's bare state dict with {@code fc} and batch
 * counters, torchvggish's, and a training script's wrapped one with {@code module.} prefixes) imported through the
 * real reader and these layouts: the written safetensors hold the reference tensors, their values, nothing else.
 */
class BackboneCheckpointImportTest {

    @TempDir
    Path folder;

    private final CheckpointImporterComponent importer = new CheckpointImporterComponent(
            List.of(new ResNet18CheckpointLayout(), new VggishCheckpointLayout()));

    @Test
    void importsTorchvisionResNet18AsConvertCheckpointsWritesIt() throws Exception {
        PthWriter checkpoint = formula(ReferenceShapes.resnet18());
        checkpoint.add(new PthWriter.Tensor("bn1.num_batches_tracked", PthWriter.DType.INT64, new long[0], i -> 7));
        checkpoint.add("fc.weight", new long[] {1000, 512}, i -> 1).add("fc.bias", new long[] {1000}, i -> 1);
        Path file = checkpoint.write(folder.resolve("resnet18.pth"));

        List<ImportResult> results = importer.importCheckpoints(List.of(file), ImportOptions.none(), folder.resolve("out"));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.layout()).isEqualTo("torchvision ResNet-18");
            assertThat(result.sha256()).isEqualTo(Sha256.hex(file));
            assertThat(result.written()).singleElement().satisfies(written -> {
                assertThat(written.path()).isEqualTo(folder.resolve("out/resnet18-imagenet.safetensors"));
                assertThat(written.sha256()).isEqualTo(Sha256.hex(written.path()));
            });
        });
        assertHoldsTheFormula(folder.resolve("out/resnet18-imagenet.safetensors"), ReferenceShapes.resnet18());
    }

    @Test
    void importsTorchvggishVggish() throws Exception {
        Path file = formula(ReferenceShapes.vggish()).write(folder.resolve("vggish.pth"));

        List<ImportResult> results = importer.importCheckpoints(List.of(file), ImportOptions.none(), folder);

        assertThat(results.get(0).layout()).isEqualTo("torchvggish VGGish");
        assertHoldsTheFormula(folder.resolve("vggish-audioset.safetensors"), ReferenceShapes.vggish());
    }

    @Test
    void importsAWrappedCheckpointWithModulePrefixes() throws Exception {
        Path file = formula(ReferenceShapes.resnet18()).wrappedWithModulePrefix().write(folder.resolve("wrapped.pth"));

        importer.importCheckpoints(List.of(file), ImportOptions.none(), folder);

        assertHoldsTheFormula(folder.resolve("resnet18-imagenet.safetensors"), ReferenceShapes.resnet18());
    }

    @Test
    void aResNet34IsNotTakenForAResNet18() throws Exception {
        PthWriter checkpoint = formula(ReferenceShapes.resnet18());
        checkpoint.add("layer1.2.conv1.weight", new long[] {64, 64, 3, 3}, i -> 0);
        Path file = checkpoint.write(folder.resolve("resnet34.pth"));

        assertThatThrownBy(() -> importer.importCheckpoints(List.of(file), ImportOptions.none(), folder))
                .hasMessageContaining("are of no layout installed here (torchvggish VGGish, torchvision ResNet-18)");
        assertThat(folder.resolve("resnet18-imagenet.safetensors")).doesNotExist();
    }

    /** Tensor k, flat index i: sin(0.37 i + 1.3 k) / 8, in state-dict order. */
    private static PthWriter formula(Map<String, int[]> shapes) {
        PthWriter writer = new PthWriter();
        int k = 0;
        for (Map.Entry<String, int[]> tensor : shapes.entrySet()) {
            int index = k++;
            writer.add(tensor.getKey(), java.util.Arrays.stream(tensor.getValue()).asLongStream().toArray(),
                    i -> Math.sin(0.37 * i + 1.3 * index) / 8);
        }
        return writer;
    }

    private static void assertHoldsTheFormula(Path file, Map<String, int[]> shapes) throws Exception {
        try (SafetensorsFile written = SafetensorsFile.map(file)) {
            assertThat(written.entries().keySet()).containsExactlyInAnyOrderElementsOf(shapes.keySet());
            List<String> sorted = new ArrayList<>(shapes.keySet());
            sorted.sort(null);
            assertThat(written.entries().keySet()).containsExactlyElementsOf(sorted);
            int k = 0;
            for (Map.Entry<String, int[]> tensor : shapes.entrySet()) {
                SafetensorsFile.Entry entry = written.entries().get(tensor.getKey());
                assertThat(entry.dtype()).isEqualTo("F32");
                assertThat(entry.shape()).containsExactly(java.util.Arrays.stream(tensor.getValue()).asLongStream().toArray());
                FloatBuffer values = written.floats(entry);
                for (int i = 0; i < values.remaining(); i += 997) {
                    assertThat(values.get(i)).isEqualTo((float) (Math.sin(0.37 * i + 1.3 * k) / 8));
                }
                k++;
            }
        }
    }
}
