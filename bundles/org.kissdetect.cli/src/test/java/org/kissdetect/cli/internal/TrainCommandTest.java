package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.labels.LabelService;
import org.kissdetect.api.labels.ProjectLabels;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.report.internal.ChartComponent;
import org.mockito.ArgumentCaptor;

class TrainCommandTest {

    @TempDir
    Path folder;

    private final TrainingService training = mock(TrainingService.class);
    private final DemoModel demo = mock(DemoModel.class);
    private final LabelService labels = mock(LabelService.class);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void trainsWhatTheFlagsSayAndPrintsTheResults() throws Exception {
        Path annotations = folder.resolve("a.csv");
        Path model = folder.resolve("mine");
        when(training.train(any(), any(), any())).thenReturn(report(model));

        int exit = run("train", annotations.toString(), "--out", model.toString(), "--train", "all", "--backbones",
                "image", "--epochs", "3", "--seed", "7", "--resnet18", "r.safetensors", "--quiet");

        assertThat(exit).isZero();
        ArgumentCaptor<TrainingRequest> request = ArgumentCaptor.forClass(TrainingRequest.class);
        verify(training).train(request.capture(), any(), any());
        assertThat(request.getValue()).isEqualTo(new TrainingRequest(annotations, model,
                folder.resolve("mine.checkpoints"), new NetworkSetup("image", "all", Path.of("r.safetensors"), null, 7),
                3, 64, 7, "mine", "1.0.0", false));
        assertThat(out.toString()).contains("model written to " + model)
                .contains("best epoch 2 of 2: validation F1 0.900 (training F1 0.974)")
                .contains("held-out test (1 movies): F1 0.800, precision 0.800, recall 0.800 (tp 4, fp 1, fn 1, tn 4)")
                .contains("held-out scenes: precision 1.00, recall 0.50 at IoU >= 0.5 (2 true, 1 found, 1 matched)");
    }

    @Test
    void theF1PerEpochIsPlottedBesideTheModelDirectoryOrWhereToldAndEachEpochsLineShowsTrainingF1()
            throws Exception {
        Path model = folder.resolve("mine");
        when(training.train(any(), any(), any())).thenAnswer(call -> {
            TrainingListener listener = call.getArgument(1);
            report(model).epochs().forEach(listener::epoch);
            return report(model);
        });

        assertThat(run("train", "a.csv", "--out", model.toString())).isZero();

        Path beside = folder.resolve("mine.f1.png");
        assertThat(ImageIO.read(beside.toFile()).getWidth()).isPositive();
        assertThat(model.resolve("mine.f1.png")).doesNotExist();
        assertThat(out.toString()).contains("training and validation F1 per epoch: " + beside);
        assertThat(err.toString()).contains("epoch 1/10: loss 0.6000, validation F1 0.600 (precision 0.600, recall"
                + " 0.600), 2.0 s").contains("epoch 2/10: loss 0.3000, validation F1 0.900 (precision 0.900, recall"
                + " 0.900), training F1 0.974 (precision 0.950, recall 1.000), 2.0 s");

        Path elsewhere = folder.resolve("plots/curves.png");
        java.nio.file.Files.createDirectories(elsewhere.getParent());
        assertThat(run("train", "a.csv", "--out", model.toString(), "--plot", elsewhere.toString(), "--quiet"))
                .isZero();
        assertThat(elsewhere).isRegularFile();

        Path taken = java.nio.file.Files.createDirectories(folder.resolve("taken.png"));
        assertThat(run("train", "a.csv", "--out", model.toString(), "--plot", taken.toString(), "--quiet"))
                .isNotZero();
        assertThat(err.toString()).contains("the model was written to " + model).contains("taken.png");
    }

    @Test
    void withoutAnnotationsItTrainsOnTheSyntheticSetAndSaysSo() throws Exception {
        Path synthetic = folder.resolve("synthetic/annotations.csv");
        when(demo.syntheticAnnotations(any())).thenReturn(synthetic);
        when(training.train(any(), any(), any())).thenReturn(report(folder.resolve("m")));

        assertThat(run("train", "--out", folder.resolve("m").toString(), "--quiet")).isZero();

        ArgumentCaptor<TrainingRequest> request = ArgumentCaptor.forClass(TrainingRequest.class);
        verify(training).train(request.capture(), any(), any());
        assertThat(request.getValue().annotations()).isEqualTo(synthetic);
        assertThat(request.getValue().network()).isEqualTo(new NetworkSetup("both", "last-layer", null, null, 2019));
        assertThat(err.toString()).contains("training on the synthetic set " + synthetic);
    }

    @Test
    void fromAProjectItTrainsOnItsLabelsKeptBesideTheModel() throws Exception {
        Path project = folder.resolve("cut.fcpxml");
        Path model = folder.resolve("mine");
        ProjectLabels found = new ProjectLabels(project, "fcpxml", List.of(new Label(folder.resolve("a.mov"), 10, 40,
                true, "marker on a.mov \"kissing\" at 00:00:10.000")), List.of());
        when(labels.read(eq(project), any())).thenReturn(found);
        when(training.train(any(), any(), any())).thenReturn(report(model));

        assertThat(run("train", "--from-project", project.toString(), "--out", model.toString(),
                "--kissing-colour", "green")).isZero();

        verify(labels).read(project, new LabelRule("kissing", "not kissing", "green", null));
        verify(labels).writeAnnotations(found, folder.resolve("mine.labels.csv"));
        ArgumentCaptor<TrainingRequest> request = ArgumentCaptor.forClass(TrainingRequest.class);
        verify(training).train(request.capture(), any(), any());
        assertThat(request.getValue().annotations()).isEqualTo(folder.resolve("mine.labels.csv"));
        assertThat(err.toString()).contains("1 labels (30 s kissing, 0 s not kissing) of 1 media files from the "
                + "fcpxml project cut.fcpxml");
    }

    @Test
    void aProjectWithoutLabelsIsABadInputAndNothingIsTrained() throws Exception {
        Path project = folder.resolve("cut.mlt");
        when(labels.read(eq(project), any())).thenReturn(new ProjectLabels(project, "shotcut", List.of(),
                List.of("timeline marker \"kissing\" at 00:00:02.000 lies over no clip")));

        assertThat(run("train", "--from-project", project.toString(), "--out", folder.resolve("m").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("lies over no clip").contains("holds no label");
        verify(training, never()).train(any(), any(), any());
        assertThat(run("train", "a.csv", "--from-project", project.toString(), "--out", "m")).isEqualTo(2);
    }

    @Test
    void theClipVariantTakesItsThreeDimensionalWeightsWithR3d34() throws Exception {
        Path annotations = folder.resolve("clip.csv");
        Path model = folder.resolve("clip-model");
        when(training.train(any(), any(), any())).thenReturn(report(model));

        int exit = run("train", annotations.toString(), "--out", model.toString(), "--backbones", "clip", "--r3d34",
                "kinetics700", "--seed", "5", "--quiet");

        assertThat(exit).isZero();
        ArgumentCaptor<TrainingRequest> request = ArgumentCaptor.forClass(TrainingRequest.class);
        verify(training).train(request.capture(), any(), any());
        assertThat(request.getValue().network())
                .isEqualTo(new NetworkSetup("clip", "last-layer", Path.of("kinetics700"), null, 5));
    }

    @Test
    void theDenseNetVariantsTakeTheirWeightsWithDenseNet121() throws Exception {
        Path model = folder.resolve("densenet-model");
        when(training.train(any(), any(), any())).thenReturn(report(model));

        int exit = run("train", folder.resolve("a.csv").toString(), "--out", model.toString(), "--backbones",
                "densenet121+audio", "--densenet121", "densenet121-imagenet.safetensors", "--vggish", "v", "--train",
                "all", "--seed", "4", "--quiet");

        assertThat(exit).isZero();
        ArgumentCaptor<TrainingRequest> request = ArgumentCaptor.forClass(TrainingRequest.class);
        verify(training).train(request.capture(), any(), any());
        assertThat(request.getValue().network()).isEqualTo(new NetworkSetup("densenet121+audio", "all",
                Path.of("densenet121-imagenet.safetensors"), Path.of("v"), 4));
    }

    @Test
    void denseNetAndResNetWeightsAreNotMixedUp() throws Exception {
        assertThat(run("train", "a.csv", "--out", "m", "--backbones", "densenet121", "--resnet18", "r")).isEqualTo(2);
        assertThat(err.toString()).contains("--densenet121");
        assertThat(run("train", "a.csv", "--out", "m", "--backbones", "image", "--densenet121", "d")).isEqualTo(2);
        assertThat(err.toString()).contains("--densenet121 is for --backbones densenet121 or densenet121+audio");
        verify(training, never()).train(any(), any(), any());
    }

    @Test
    void threeDimensionalAndTwoDimensionalWeightsAreNotMixedUp() throws Exception {
        assertThat(run("train", "a.csv", "--out", "m", "--backbones", "clip", "--resnet18", "r")).isEqualTo(2);
        assertThat(run("train", "a.csv", "--out", "m", "--backbones", "image", "--r3d34", "k")).isEqualTo(2);
        verify(training, never()).train(any(), any(), any());
    }

    @Test
    void badFlagsAreBadInput() throws Exception {
        assertThat(run("train", "a.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--out DIR");
        assertThat(run("train", "a.csv", "--out", "m", "--train", "some")).isEqualTo(2);
        assertThat(err.toString()).contains("the trained part must be last-layer or all, got some");
        assertThat(run("train", "a.csv", "--out", "m", "--backbones", "audio", "--resnet18", "r")).isEqualTo(2);
        assertThat(err.toString()).contains("ResNet-18 weights were given for an audio-only network");
        verify(training, never()).train(any(), any(), any());
    }

    @Test
    void failuresEndWithTheirExitCodes() throws Exception {
        when(training.train(any(), any(), any()))
                .thenThrow(new AnnotationException(Path.of("a.csv"), 3, "label 'x' is neither 'kissing' nor 'not kissing'"))
                .thenThrow(new ModelException(Path.of("r.safetensors"), "no such file"))
                .thenThrow(new TrainingCancelledException("training cancelled in epoch 2; the checkpoint of epoch 1"
                        + " is m.checkpoints/last.ckpt: go on with --resume"));

        assertThat(run("train", "a.csv", "--out", "m", "--quiet")).isEqualTo(2);
        assertThat(err.toString()).contains("kissdetect train: a.csv line 3: label 'x'");
        assertThat(run("train", "a.csv", "--out", "m", "--quiet")).isEqualTo(3);
        assertThat(run("train", "a.csv", "--out", "m", "--quiet")).isEqualTo(130);
        assertThat(err.toString()).contains("go on with --resume");
    }

    @Test
    void demoRebuildsTheDemoModelWhereDetectionLooksForItAndWarnsWhatItIs() throws Exception {
        Path demoFolder = folder.resolve("demo");
        when(demo.defaultDirectory()).thenReturn(demoFolder);
        when(demo.notice()).thenReturn("DEMO MODEL: detects the synthetic signature, not kissing");

        assertThat(run("train", "--demo", "--quiet")).isZero();

        verify(demo).ensure(eq(demoFolder), any(), any());
        assertThat(out.toString()).contains("demo model ready in " + demoFolder);
        assertThat(err.toString()).contains("DEMO MODEL: detects the synthetic signature, not kissing");
    }

    @Test
    void demoRetrainReportsTheHeldOutF1AndWhatToShip() throws Exception {
        Path demoFolder = folder.resolve("demo");
        when(demo.retrain(eq(demoFolder), any(), any())).thenReturn(report(demoFolder));

        assertThat(run("train", "--demo", "--retrain", "--out", demoFolder.toString(), "--quiet")).isZero();

        assertThat(out.toString()).contains("held-out test (1 movies): F1 0.800")
                .contains("copy " + demoFolder.resolve("head.safetensors"));
        assertThat(run("train", "--retrain", "--out", "x")).isEqualTo(2);
    }

    private static TrainingReport report(Path model) {
        List<EpochMetrics> epochs = List.of(
                new EpochMetrics(1, 0.6, new Confusion(3, 2, 2, 3), 0.7, Duration.ofSeconds(2)),
                new EpochMetrics(2, 0.3, new Confusion(9, 1, 1, 9), 0.4, Duration.ofSeconds(2),
                        new Confusion(19, 1, 0, 20)));
        return new TrainingReport(model, new DataSplit(List.of("a", "b", "c"), List.of("d"), List.of("e")), epochs, 2,
                new Confusion(4, 1, 1, 4), new SceneMetrics(2, 1, 1), Duration.ofSeconds(75));
    }

    private int run(String... args) {
        TrainCommand command = new TrainCommand(training, demo, labels, new ChartComponent());
        return new CommandLineRunner(List.of(command), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
