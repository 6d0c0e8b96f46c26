package org.kissdetect.densenet.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointException;
import org.kissdetect.api.checkpoint.CheckpointImporter.ImportResult;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.checkpoints.internal.CheckpointImporterComponent;
import org.kissdetect.checkpoints.testing.PthWriter;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.densenet.internal.network.DenseNet121;
import org.kissdetect.densenet.internal.network.ParityFixture;
import org.kissdetect.nn.weights.Safetensors;
import org.kissdetect.nn.weights.Tensor;
import org.kissdetect.densenet.internal.weights.WeightFile;
import org.kissdetect.djl.PyTorch;
import org.kissdetect.nn.TorchNames;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * torchvision's published DenseNet-121 checkpoint, as {@code torch.save} wrote it (old layer names, a 1000-class
 * {@code classifier}), with the parity fixture's formula weights, imported through the real reader and this layout:
 * the written file holds today's names and the weights, and the network loaded from it gives PyTorch's output.
 */
class DenseNet121CheckpointImportTest {

    @TempDir
    Path folder;

    private final CheckpointImporterComponent importer = new CheckpointImporterComponent(
            List.of(new DenseNet121CheckpointLayout()));

    @Test
    void renamesAsTheFixtureSaysTorchvisionDoes() {
        assertThat(DenseNet121CheckpointLayout.OLD_NAME.pattern()).isEqualTo(ParityFixture.load().renamingPattern());
        assertThat(DenseNet121CheckpointLayout.currentName("features.denseblock2.denselayer11.norm.1.running_var"))
                .isEqualTo("features.denseblock2.denselayer11.norm1.running_var");
        assertThat(DenseNet121CheckpointLayout.currentName("features.denseblock4.denselayer16.conv.2.weight"))
                .isEqualTo("features.denseblock4.denselayer16.conv2.weight");
        assertThat(DenseNet121CheckpointLayout.currentName("features.transition1.norm.weight"))
                .isEqualTo("features.transition1.norm.weight");
        assertThat(DenseNet121CheckpointLayout.currentName("features.norm5.bias")).isEqualTo("features.norm5.bias");
    }

    @Test
    void importsThePublishedLayoutUnderTodaysNamesAndMatchesTorchvision() throws Exception {
        ParityFixture fixture = ParityFixture.load();
        List<Tensor> expected = fixture.weights();
        PthWriter checkpoint = published(expected);
        checkpoint.add(new PthWriter.Tensor("features.norm0.num_batches_tracked", PthWriter.DType.INT64, new long[0],
                i -> 3));
        Path file = checkpoint.write(folder.resolve("densenet121-old-names.pth"));

        long start = System.nanoTime();
        List<ImportResult> results = importer.importCheckpoints(List.of(file), ImportOptions.none(),
                folder.resolve("out"));
        System.out.printf("importing the 32 MB checkpoint took %.1f s%n", (System.nanoTime() - start) / 1e9);

        Path written = folder.resolve("out").resolve(DenseNet121CheckpointLayout.FILE);
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.layout()).isEqualTo("torchvision DenseNet-121");
            assertThat(result.written()).singleElement().satisfies(imported -> {
                assertThat(imported.path()).isEqualTo(written);
                assertThat(imported.sha256()).isEqualTo(Sha256.hex(written));
            });
        });
        List<Tensor> tensors = Safetensors.read(written, Files.readAllBytes(written));
        assertThat(tensors).extracting(Tensor::name).containsExactlyElementsOf(fixture.shapes().keySet());
        for (int k = 0; k < expected.size(); k++) {
            assertThat(java.util.Arrays.equals(tensors.get(k).values(), expected.get(k).values()))
                    .as("the values of %s", expected.get(k).name()).isTrue();
        }
        assertMatchesTorchvision(written, fixture);
    }

    @Test
    void refusesATensorOfTheWrongShapeNamingIt() throws Exception {
        ParityFixture fixture = ParityFixture.load();
        PthWriter checkpoint = new PthWriter();
        for (Tensor tensor : fixture.weights()) {
            boolean damaged = tensor.name().equals("features.denseblock3.denselayer7.conv2.weight");
            long[] shape = damaged ? new long[] {32, 128, 1, 1} : longs(tensor.shape());
            checkpoint.add(oldName(tensor.name()), shape, i -> 0.01);
        }
        Path file = checkpoint.write(folder.resolve("damaged.pth"));

        assertThatThrownBy(() -> importer.importCheckpoints(List.of(file), ImportOptions.none(), folder))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining("features.denseblock3.denselayer7.conv.2.weight has shape [32, 128, 1, 1],"
                        + " DenseNet-121 needs [32, 128, 3, 3]");
        assertThat(folder.resolve(DenseNet121CheckpointLayout.FILE)).doesNotExist();
    }

    @Test
    void aDenseNetWithMoreLayersIsNotTakenForIt() throws Exception {
        ParityFixture fixture = ParityFixture.load();
        PthWriter checkpoint = new PthWriter();
        for (Map.Entry<String, int[]> tensor : fixture.shapes().entrySet()) {
            checkpoint.add(tensor.getKey(), longs(tensor.getValue()), i -> 0.01);
        }
        checkpoint.add("features.denseblock3.denselayer25.conv2.weight", new long[] {32, 128, 3, 3}, i -> 0.01);
        Path file = checkpoint.write(folder.resolve("densenet169ish.pth"));

        assertThatThrownBy(() -> importer.importCheckpoints(List.of(file), ImportOptions.none(), folder))
                .hasMessageContaining("are of no layout installed here (torchvision DenseNet-121)");
    }

    /** The formula weights under the published file's names, with its 1000-class classifier. */
    private static PthWriter published(List<Tensor> weights) {
        PthWriter checkpoint = new PthWriter();
        for (Tensor tensor : weights) {
            float[] values = tensor.values();
            checkpoint.add(oldName(tensor.name()), longs(tensor.shape()), i -> values[(int) i]);
        }
        return checkpoint.add("classifier.weight", new long[] {1000, 1024}, i -> 0.5)
                .add("classifier.bias", new long[] {1000}, i -> 0.5);
    }

    private static String oldName(String name) {
        return name.replaceFirst("(denselayer\\d+\\.(?:norm|conv))([12])\\.", "$1.$2.");
    }

    private static long[] longs(int[] shape) {
        return java.util.Arrays.stream(shape).asLongStream().toArray();
    }

    private static void assertMatchesTorchvision(Path weights, ParityFixture fixture) throws IOException,
            org.kissdetect.api.classify.ModelException {
        PyTorch.start();
        Shape input = new Shape(fixture.inputShape());
        float[] output;
        try (NDManager manager = Engine.getEngine(PyTorch.ENGINE).newBaseManager()) {
            Block network = DenseNet121.build();
            network.initialize(manager, DataType.FLOAT32, input);
            WeightFile.read(weights, "DenseNet-121").copyInto(TorchNames.of(network), "", "DenseNet-121");
            output = network.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(fixture.input(), input)), false).singletonOrThrow().toFloatArray();
        }
        float[] expected = fixture.expected();
        float largest = 0;
        float worst = 0;
        for (int i = 0; i < expected.length; i++) {
            largest = Math.max(largest, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(output[i] - expected[i]));
        }
        assertThat(worst).isLessThanOrEqualTo(1e-4f * largest);
    }
}
