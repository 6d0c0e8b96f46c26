package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.common.text.Sha256;
import org.kissdetect.synthetic.SyntheticSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Training on a tiny generated set (five films of 14 s: three to train on, one to validate, one held out) through
 * the real decoder, feature extractor, networks and segmenter.
 */
class TrainingEndToEndTest {

    private static final SyntheticSet TINY = new SyntheticSet(5, 14, 14, 3);

    @TempDir
    static Path folder;

    private static Path annotations;

    @BeforeAll
    static void writeTheSet() throws Exception {
        annotations = TINY.write(RealServices.encoder(), folder.resolve("set"));
    }

    @Test
    void twoEpochsOfTheWholeNetworkLowerItsLossAndWriteAModelWithItsProvenance() throws Exception {
        Path model = folder.resolve("whole");
        TrainingReport report = training().train(request(model, new NetworkSetup("audio", "all", null, null, 1), 2, 8,
                false), new TrainingListener() {
                }, () -> false);

        List<EpochMetrics> epochs = report.epochs();
        assertThat(epochs).hasSize(2);
        assertThat(epochs.get(1).trainLoss()).as("the loss falls").isLessThan(epochs.get(0).trainLoss());
        assertThat(report.split().train()).hasSize(3);
        JsonNode metadata = new ObjectMapper().readTree(model.resolve("metadata.json").toFile());
        assertThat(metadata.path("variant").asText()).isEqualTo("audio");
        JsonNode provenance = metadata.path("provenance");
        assertThat(provenance.path("annotations").path("sha256").asText()).isEqualTo(Sha256.hex(annotations));
        assertThat(provenance.path("history")).hasSize(2);
        for (int e = 0; e < 2; e++) {
            JsonNode training = provenance.path("history").get(e).path("training");
            assertThat(training.path("f1").asDouble()).as("epoch %d's training F1", e + 1)
                    .isEqualTo(epochs.get(e).training().f1());
            assertThat(training.path("truePositives").asInt() + training.path("falsePositives").asInt()
                    + training.path("falseNegatives").asInt() + training.path("trueNegatives").asInt())
                    .as("every training second measured").isEqualTo(42);
        }
        assertThat(provenance.path("protocol").asText()).contains("learning rate 0.001,")
                .contains("measured on the training split in inference mode");
        assertThat(provenance.path("trainedPart").asText()).isEqualTo("all");
        assertThat(provenance.path("backbones").path("audio").asText()).contains("random (seed 1");
        assertThat(provenance.path("test").path("f1").asDouble()).isEqualTo(report.test().f1());
        assertThat(model.resolveSibling("whole.checkpoints").resolve("best.ckpt")).isRegularFile();
    }

    @Test
    void aRunCancelledAfterItsFirstEpochResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
        NetworkSetup setup = new NetworkSetup("audio", "last-layer", null, null, 2);
        TrainingReport uninterrupted = training().train(request(folder.resolve("straight"), setup, 3, 16, false),
                new TrainingListener() {
                }, () -> false);

        Path model = folder.resolve("interrupted");
        AtomicBoolean firstEpochDone = new AtomicBoolean();
        assertThatThrownBy(() -> training().train(request(model, setup, 3, 16, false), new TrainingListener() {
            @Override
            public void epoch(EpochMetrics metrics) {
                firstEpochDone.set(true);
            }
        }, firstEpochDone::get)).isInstanceOf(TrainingCancelledException.class)
                .hasMessageContaining("cancelled in epoch 2").hasMessageContaining("last.ckpt");
        assertThat(model).as("no model is written before training ends").doesNotExist();
        Path checkpoints = model.resolveSibling("interrupted.checkpoints");
        assertThat(checkpoints.resolve("last.ckpt")).isRegularFile();
        try (var left = Files.list(checkpoints)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsOnly("last.ckpt", "best.ckpt");
        }

        TrainingReport resumed = training().train(request(model, setup, 3, 16, true), new TrainingListener() {
        }, () -> false);

        assertThat(resumed.epochs()).hasSize(3);
        for (int e = 0; e < 3; e++) {
            EpochMetrics expected = uninterrupted.epochs().get(e);
            assertThat(resumed.epochs().get(e).trainLoss()).isCloseTo(expected.trainLoss(), offset(1e-6));
            assertThat(resumed.epochs().get(e).validation()).isEqualTo(expected.validation());
        }
        assertThat(resumed.bestEpoch()).isEqualTo(uninterrupted.bestEpoch());
        assertThat(resumed.test()).isEqualTo(uninterrupted.test());
        assertThat(model.resolve("metadata.json")).isRegularFile();
    }

    @Test
    void aResumeWithOtherSettingsIsRefused() throws Exception {
        NetworkSetup setup = new NetworkSetup("audio", "last-layer", null, null, 3);
        Path model = folder.resolve("refused");
        training().train(request(model, setup, 1, 16, false), new TrainingListener() {
        }, () -> false);

        assertThatThrownBy(() -> training().train(request(model, setup, 2, 32, true), new TrainingListener() {
        }, () -> false)).hasMessageContaining("was written by another training run");
    }

    @Test
    void evaluatingTheTrainedModelOnTheTestMoviesGivesWhatTrainingMeasured() throws Exception {
        Path model = folder.resolve("evaluated");
        TrainingReport report = training().train(request(model, new NetworkSetup("audio", "last-layer", null, null, 4),
                5, 16, false), new TrainingListener() {
                }, () -> false);

        EvaluationReport evaluation = new EvaluationComponent(Classifiers.factory(), RealServices.decoder(),
                RealServices.features(), RealServices.segmenter(), RealServices.configuration(folder.resolve("cache")))
                .evaluate(new EvaluationRequest(model, annotations, "test", 9, new SegmentationParameters(10, 0.7, 0.5)),
                        new TrainingListener() {
                        }, () -> false);

        assertThat(evaluation.movies()).isEqualTo(1);
        assertThat(evaluation.seconds()).isEqualTo(report.test());
        assertThat(evaluation.scenes()).isEqualTo(report.testScenes());
        assertThat(evaluation.model().id()).isEqualTo("tiny");
    }

    @Test
    void anOutputThatIsNotAModelDirectoryIsNeverReplaced() throws Exception {
        Path documents = Files.createDirectories(folder.resolve("documents"));
        Files.writeString(documents.resolve("letter.txt"), "keep me");

        assertThatThrownBy(() -> training().train(request(documents, new NetworkSetup("audio", "last-layer", null,
                null, 1), 1, 16, false), new TrainingListener() {
                }, () -> false)).hasMessageContaining("not a model directory");
        assertThat(documents.resolve("letter.txt")).hasContent("keep me");
    }

    private static TrainingComponent training() {
        return new TrainingComponent(RealServices.trainer(), null, null, RealServices.decoder(), RealServices.features(),
                RealServices.segmenter(), RealServices.configuration(folder.resolve("cache")));
    }

    private static TrainingRequest request(Path model, NetworkSetup setup, int epochs, int batchSize, boolean resume) {
        return new TrainingRequest(annotations, model, model.resolveSibling(model.getFileName() + ".checkpoints"),
                setup, epochs, batchSize, 9, "tiny", "0.1", resume);
    }
}
