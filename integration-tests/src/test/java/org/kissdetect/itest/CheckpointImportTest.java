package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.checkpoint.CheckpointImporter;
import org.kissdetect.api.checkpoint.CheckpointImporter.ImportResult;
import org.kissdetect.api.checkpoint.ImportOptions;
import org.kissdetect.api.checkpoint.ImportedFile;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.checkpoints.testing.PthWriter;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The three public checkpoint layouts, written as torch.save writes them (formula weights, no Python), imported
 * through the real bundles with {@code models import}'s service, and the Kinetics one then detecting like any model.
 */
@ExtendWith(ServiceExtension.class)
class CheckpointImportTest {

    private static final List<String> CLASSES = List.of("abseiling", "air drumming", "kissing", "juggling", "yawning");
    private static final double KISSING_BIAS = 6;

    @TempDir
    Path folder;

    @Test
    void torchvisionsResNet18AndTorchvggishsVggishBecomeTheBackboneFilesTrainingLoads(
            @InjectService CheckpointImporter importer) throws Exception {
        Path resnet = hubNamed(resnet18().write(folder.resolve("resnet18.pth")), "resnet18");
        Path vggish = hubNamed(vggish().write(folder.resolve("vggish.pth")), "vggish");

        List<ImportResult> results = importer.importCheckpoints(List.of(resnet, vggish), ImportOptions.none(),
                folder.resolve("backbones"));

        assertThat(results).extracting(r -> r.written().get(0).path().getFileName().toString())
                .containsExactly("resnet18-imagenet.safetensors", "vggish-audioset.safetensors");
        for (ImportResult result : results) {
            assertThat(result.sha256()).isEqualTo(sha256(result.checkpoint()));
            ImportedFile written = result.written().get(0);
            assertThat(written.sha256()).isEqualTo(sha256(written.path()));
        }
    }

    @Test
    void aKineticsCheckpointBecomesADetectorOfItsKissingClassThroughTheRealBundles(
            @InjectService CheckpointImporter importer, @InjectService ClassifierFactory classifiers,
            @InjectService DetectionService detection, @InjectService MovieEncoder encoder) throws Exception {
        Path checkpoint = kineticsShortcutA().wrappedWithModulePrefix().write(folder.resolve("resnet-34-kinetics.pth"));
        Path classes = Files.write(folder.resolve("classes.txt"), CLASSES);

        ImportResult imported = importer.importCheckpoints(List.of(checkpoint),
                new ImportOptions(Optional.of(classes)), folder.resolve("models")).get(0);
        Path model = imported.written().stream().map(ImportedFile::path)
                .filter(p -> p.getFileName().toString().equals("metadata.json")).findFirst().orElseThrow().getParent();

        try (Classifier classifier = classifiers.open(model)) {
            assertThat(classifier.clipInput()).hasValueSatisfying(clip -> {
                assertThat(clip.frames()).isEqualTo(16);
                assertThat(clip.crop()).isEqualTo(112);
            });
        }
        Path film = TestMedia.write(encoder, folder.resolve("film.mp4"), TestMovie.small().withSeconds(4));
        Detection result = detection.detect(new DetectionRequest(film, model, new SegmentationParameters(2, 0.7, 0.5)),
                progress -> { }, () -> false);

        // Every convolution is zero, so the logits are fc's biases whatever the frames: the kissing class's
        // probability is e^6 / (e^6 + 4), in every second.
        double expected = Math.exp(KISSING_BIAS) / (Math.exp(KISSING_BIAS) + CLASSES.size() - 1);
        assertThat(result.probabilities()).hasSize(4);
        for (float probability : result.probabilities()) {
            assertThat((double) probability).isCloseTo(expected, within(1e-4));
        }
        assertThat(result.model().variant()).startsWith("r3d34");
        assertThat(result.scenes()).hasSize(1);
    }

    /** torch.hub's file name: the stem, a dash, the first 8 hex digits of the file's sha256. */
    private static Path hubNamed(Path file, String stem) throws Exception {
        String prefix = sha256(file).substring(0, 8);
        return Files.move(file, file.resolveSibling(stem + "-" + prefix + ".pth"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static PthWriter resnet18() {
        PthWriter writer = new PthWriter();
        add2d(writer, "conv1.weight", 64, 3, 7);
        batchNorm(writer, "bn1", 64, true);
        int in = 64;
        for (int layer = 1; layer <= 4; layer++) {
            int width = 64 << (layer - 1);
            for (int block = 0; block < 2; block++) {
                String name = "layer" + layer + "." + block + ".";
                add2d(writer, name + "conv1.weight", width, block == 0 ? in : width, 3);
                batchNorm(writer, name + "bn1", width, true);
                add2d(writer, name + "conv2.weight", width, width, 3);
                batchNorm(writer, name + "bn2", width, true);
                if (block == 0 && layer > 1) {
                    add2d(writer, name + "downsample.0.weight", width, in, 1);
                    batchNorm(writer, name + "downsample.1", width, true);
                }
            }
            in = width;
        }
        writer.add("fc.weight", new long[] {1000, 512}, formula(0.01));
        return writer.add("fc.bias", new long[] {1000}, formula(0.01));
    }

    private static PthWriter vggish() {
        PthWriter writer = new PthWriter();
        int[][] convolutions = {{0, 64, 1}, {3, 128, 64}, {6, 256, 128}, {8, 256, 256}, {11, 512, 256}, {13, 512, 512}};
        for (int[] conv : convolutions) {
            add2d(writer, "features." + conv[0] + ".weight", conv[1], conv[2], 3);
            writer.add("features." + conv[0] + ".bias", new long[] {conv[1]}, formula(0.01));
        }
        int[][] linears = {{0, 4096, 12288}, {2, 4096, 4096}, {4, 128, 4096}};
        for (int[] linear : linears) {
            writer.add("embeddings." + linear[0] + ".weight", new long[] {linear[1], linear[2]}, formula(0.001));
            writer.add("embeddings." + linear[0] + ".bias", new long[] {linear[1]}, formula(0.01));
        }
        return writer;
    }

    /** Hara et al.'s 3D ResNet-34 of shortcut type A: zero convolutions, identity batch norms, a kissing bias. */
    private static PthWriter kineticsShortcutA() {
        PthWriter writer = new PthWriter();
        writer.add("conv1.weight", new long[] {64, 3, 7, 7, 7}, i -> 0);
        batchNorm(writer, "bn1", 64, false);
        int[] blocks = {3, 4, 6, 3};
        int in = 64;
        for (int layer = 1; layer <= 4; layer++) {
            int width = 64 << (layer - 1);
            for (int block = 0; block < blocks[layer - 1]; block++) {
                String name = "layer" + layer + "." + block + ".";
                writer.add(name + "conv1.weight", new long[] {width, block == 0 ? in : width, 3, 3, 3}, i -> 0);
                batchNorm(writer, name + "bn1", width, false);
                writer.add(name + "conv2.weight", new long[] {width, width, 3, 3, 3}, i -> 0);
                batchNorm(writer, name + "bn2", width, false);
            }
            in = width;
        }
        writer.add("fc.weight", new long[] {CLASSES.size(), 512}, i -> 0);
        int kissing = CLASSES.indexOf("kissing");
        return writer.add("fc.bias", new long[] {CLASSES.size()}, i -> i == kissing ? KISSING_BIAS : 0);
    }

    private static void add2d(PthWriter writer, String name, int out, int in, int kernel) {
        writer.add(name, new long[] {out, in, kernel, kernel}, formula(2 / Math.sqrt((double) in * kernel * kernel)));
    }

    private static void batchNorm(PthWriter writer, String prefix, int width, boolean tracked) {
        writer.add(prefix + ".weight", new long[] {width}, i -> 1);
        writer.add(prefix + ".bias", new long[] {width}, i -> 0);
        writer.add(prefix + ".running_mean", new long[] {width}, i -> 0);
        writer.add(prefix + ".running_var", new long[] {width}, i -> 1);
        if (tracked) {
            writer.add(new PthWriter.Tensor(prefix + ".num_batches_tracked", PthWriter.DType.INT64, new long[0], i -> 0));
        }
    }

    private static LongToDoubleFunction formula(double scale) {
        return i -> scale * Math.sin(0.37 * i + 1.3);
    }
}
