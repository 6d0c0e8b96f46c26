package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.classify.internal.ClassifierFactoryComponent;
import org.kissdetect.classify.spi.ModelKind;
import org.kissdetect.classify.spi.NetworkTrainer;
import org.kissdetect.resnet3d.internal.kind.ClipDetectorKind;
import org.kissdetect.resnet3d.internal.training.ClipNetworkTrainerComponent;
import org.kissdetect.resnet3d.internal.training.ClipTrainingConfiguration;
import org.kissdetect.synthetic.SyntheticSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The paper's clip variant through the training and evaluation services, on the tiny generated set, with clips of 4
 * frames of 16 px (the paper's are 16 frames of 224): every second is decoded with its clip, the linear layer trains
 * on the 3D ResNet-34's frozen features, and the model directory it writes evaluates like any model.
 */
class ClipTrainingTest {

    private static final SyntheticSet TINY = new SyntheticSet(5, 14, 14, 3);

    @TempDir
    static Path folder;

    private static Path annotations;

    @BeforeAll
    static void writeTheSet() throws Exception {
        annotations = TINY.write(RealServices.encoder(), folder.resolve("set"));
    }

    @Test
    void theClipVariantTrainsItsLastLayerAndItsModelEvaluatesAsTrainingMeasured() throws Exception {
        Path model = folder.resolve("clip");
        TrainingReport report = training(clipTrainer()).train(request(model, "last-layer"), new TrainingListener() {
        }, () -> false);

        assertThat(report.epochs()).hasSize(3);
        assertThat(report.epochs().get(2).trainLoss()).as("the loss falls")
                .isLessThan(report.epochs().get(0).trainLoss());
        JsonNode metadata = new ObjectMapper().readTree(model.resolve("metadata.json").toFile());
        assertThat(metadata.path("kind").asText()).isEqualTo("clip-detector");
        assertThat(metadata.path("preprocessing").path("frames").asInt()).isEqualTo(4);
        assertThat(metadata.path("preprocessing").path("centerCrop").asInt()).isEqualTo(16);
        assertThat(metadata.path("provenance").path("backbones").path("clip").asText()).contains("random (seed 4");

        EvaluationReport evaluation = evaluate(model);
        assertThat(evaluation.model().variant()).isEqualTo("clip");
        assertThat(evaluation.seconds()).isEqualTo(report.test());
    }

    /**
     * clip+audio: the cache embeds the clip branch with the 3D trainer and the audio branch with the 2D detectors'
     * trainer; the exported network, which has both branches in one block, must classify as those embeddings did.
     */
    @Test
    void theClipAudioVariantTrainsOnBothTrainersEmbeddingsAndItsModelEvaluatesAsTrainingMeasured() throws Exception {
        Path model = folder.resolve("clip-audio");
        TrainingReport report = training(clipTrainer()).train(request(model, "clip+audio", "last-layer"),
                new TrainingListener() {
                }, () -> false);

        JsonNode metadata = new ObjectMapper().readTree(model.resolve("metadata.json").toFile());
        assertThat(metadata.path("kind").asText()).isEqualTo("clip-detector");
        assertThat(metadata.path("variant").asText()).isEqualTo("clip+audio");
        assertThat(metadata.path("provenance").path("backbones").path("audio").asText())
                .as("described as the 2D trainer describes its audio branch").startsWith("VGGish random (seed 4, ");

        EvaluationReport evaluation = evaluate(model);
        assertThat(evaluation.model().variant()).isEqualTo("clip+audio");
        assertThat(evaluation.seconds()).isEqualTo(report.test());
    }

    @Test
    void withoutAClipTrainerTheClipVariantIsRefusedByName() {
        assertThatThrownBy(() -> training(null).train(request(folder.resolve("none"), "last-layer"),
                new TrainingListener() {
                }, () -> false)).hasMessageContaining("clip variant").hasMessageContaining("org.kissdetect.resnet3d");
    }

    private static EvaluationReport evaluate(Path model) throws Exception {
        return new EvaluationComponent(factoryWithClipModels(), RealServices.decoder(), RealServices.features(),
                RealServices.segmenter(), RealServices.configuration(folder.resolve("cache")))
                .evaluate(new EvaluationRequest(model, annotations, "test", 9, new SegmentationParameters(10, 0.7, 0.5)),
                        new TrainingListener() {
                        }, () -> false);
    }

    private static TrainingComponent training(NetworkTrainer clip) {
        return new TrainingComponent(RealServices.trainer(), clip, null, RealServices.decoder(), RealServices.features(),
                RealServices.segmenter(), RealServices.configuration(folder.resolve("cache")));
    }

    private static TrainingRequest request(Path model, String trainedPart) {
        return request(model, "clip", trainedPart);
    }

    private static TrainingRequest request(Path model, String variant, String trainedPart) {
        return new TrainingRequest(annotations, model, model.resolveSibling(model.getFileName() + ".checkpoints"),
                new NetworkSetup(variant, trainedPart, null, null, 4), 3, 16, 9, "tiny-" + variant, "0.1", false);
    }

    /** The clip trainer at 4 frames of 16 px on the CPU, 2 threads. */
    private static NetworkTrainer clipTrainer() {
        ClipTrainingConfiguration configuration = (ClipTrainingConfiguration) Proxy.newProxyInstance(
                ClipTrainingConfiguration.class.getClassLoader(), new Class<?>[] {ClipTrainingConfiguration.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "clipFrames" -> 4;
                    case "clipSide" -> 16;
                    case "device" -> "cpu";
                    case "threads" -> 2;
                    default -> method.getDefaultValue();
                });
        return new ClipNetworkTrainerComponent(configuration);
    }

    /** The classification bundle's factory with the clip detectors' kind installed, as SCR would. */
    private static ClassifierFactory factoryWithClipModels() throws ReflectiveOperationException {
        ClassifierFactory factory = Classifiers.factory();
        Method addKind = ClassifierFactoryComponent.class.getDeclaredMethod("addKind", ModelKind.class);
        addKind.setAccessible(true);
        addKind.invoke(factory, new ClipDetectorKind());
        return factory;
    }
}
