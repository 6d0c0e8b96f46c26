package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.features.ModelInput;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.EvaluationService;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.synthetic.SyntheticSet;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The paper's Table 2 backbone through the real bundles: the training service hands the {@code densenet121} variant
 * to the DenseNet-121 bundle's trainer, trains its linear layer for one epoch on a tiny synthetic set, and writes a
 * {@code densenet-detector} model directory, which the classifier factory opens through that bundle's model kind
 * and the evaluation service scores as training did.
 */
@ExtendWith(ServiceExtension.class)
class DenseNetDetectorTest {

    @TempDir
    Path folder;

    @Test
    void aDenseNetDetectorTrainsExportsAndLoadsThroughTheFactory(
            @InjectService(timeout = 30_000) TrainingService training,
            @InjectService(timeout = 30_000) EvaluationService evaluation,
            @InjectService(timeout = 30_000) ClassifierFactory classifiers,
            @InjectService(timeout = 30_000) MovieEncoder encoder) throws Exception {
        Path annotations = new SyntheticSet(5, 14, 14, 21).write(encoder, folder.resolve("set"));
        Path model = folder.resolve("densenet");
        TrainingReport report = training.train(new TrainingRequest(annotations, model,
                folder.resolve("checkpoints"), new NetworkSetup("densenet121", "last-layer", null, null, 4, 0.01), 1,
                16, 9, "itest-densenet", "0.1", false), new TrainingListener() {
                }, () -> false);

        assertThat(report.epochs()).hasSize(1);
        assertThat(Files.readString(model.resolve("metadata.json"))).contains("\"kind\" : \"densenet-detector\"")
                .contains("DenseNet-121 random (seed 4");
        try (Classifier classifier = classifiers.open(model)) {
            assertThat(classifier.model().id()).isEqualTo("itest-densenet");
            assertThat(classifier.model().variant()).isEqualTo("densenet121");
            List<ModelInput> inputs = inputs(2);
            float[] probabilities = classifier.kissingProbabilities(inputs);
            assertThat(probabilities).hasSize(2);
            for (float p : probabilities) {
                assertThat(p).isBetween(0f, 1f);
            }
        }
        EvaluationReport evaluated = evaluation.evaluate(new EvaluationRequest(model, annotations, "test", 9,
                new SegmentationParameters(10, 0.7, 0.5)), new TrainingListener() {
                }, () -> false);
        assertThat(evaluated.model().variant()).isEqualTo("densenet121");
        assertThat(evaluated.seconds()).as("the model directory scores as the trained network did")
                .isEqualTo(report.test());
    }

    private static List<ModelInput> inputs(int count) {
        SplittableRandom random = new SplittableRandom(3);
        List<ModelInput> inputs = new ArrayList<>();
        for (int second = 0; second < count; second++) {
            float[] image = new float[3 * 224 * 224];
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) random.nextGaussian();
            }
            inputs.add(new ModelInput(second, image, new float[96 * 64]));
        }
        return inputs;
    }
}
