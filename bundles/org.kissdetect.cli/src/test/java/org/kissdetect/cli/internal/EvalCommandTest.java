package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.AblationRequest;
import org.kissdetect.api.train.AblationRow;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.EvaluationReport;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.EvaluationService;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SweepRequest;
import org.kissdetect.api.train.SweepRow;
import org.kissdetect.report.internal.ChartComponent;
import org.mockito.ArgumentCaptor;

class EvalCommandTest {

    @TempDir
    Path folder;

    private final EvaluationService evaluation = mock(EvaluationService.class);
    private final TrainingService training = mock(TrainingService.class);
    private final DemoModel demo = mock(DemoModel.class);
    private final Segmenter segmenter = mock(Segmenter.class);
    private ModelRepository models;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void services() throws Exception {
        when(segmenter.parameters()).thenReturn(new SegmentationParameters(10, 0.7, 0.5));
        when(demo.syntheticAnnotations(any())).thenReturn(folder.resolve("synthetic/annotations.csv"));
        models = Models.repository(folder.resolve("demo"), "DEMO MODEL: the synthetic signature, not kissing");
    }

    @Test
    void evaluatesTheDemoModelOnTheSyntheticTestMoviesByDefault() throws Exception {
        when(evaluation.evaluate(any(), any(), any())).thenReturn(new EvaluationReport(
                new ModelDescriptor("demo-x", "1.0.0", "both", "cpu()"), "test", 3, new Confusion(34, 1, 0, 34),
                new SceneMetrics(3, 3, 3)));

        assertThat(run("eval", "--min-seconds", "8")).isZero();

        verify(models).resolve(eq(ModelReference.demo()), any(), any());
        ArgumentCaptor<EvaluationRequest> request = ArgumentCaptor.forClass(EvaluationRequest.class);
        verify(evaluation).evaluate(request.capture(), any(), any());
        assertThat(request.getValue()).isEqualTo(new EvaluationRequest(folder.resolve("demo"),
                folder.resolve("synthetic/annotations.csv"), "test", 2019, new SegmentationParameters(8, 0.7, 0.5)));
        assertThat(out.toString()).contains("model demo-x 1.0.0 (both) on 3 movies (test)")
                .contains("per second: F1 0.986, precision 0.971, recall 1.000 (tp 34, fp 1, fn 0, tn 34)")
                .contains("per scene: precision 1.00, recall 1.00 at IoU >= 0.5 (3 true, 3 found, 3 matched)");
        assertThat(err.toString()).contains("DEMO MODEL");
    }

    @Test
    void aModelAndASplitCanBeChosenAndAnUnknownSplitIsBadInput() throws Exception {
        when(evaluation.evaluate(any(), any(), any())).thenReturn(new EvaluationReport(
                new ModelDescriptor("m", "1", "image", "cpu()"), "all", 5, new Confusion(1, 1, 1, 1),
                new SceneMetrics(0, 0, 0)));

        assertThat(run("eval", "a.csv", "--model", "m", "--split", "all", "--quiet")).isZero();
        assertThat(run("eval", "a.csv", "--model", "m", "--split", "dev", "--quiet")).isEqualTo(2);
        assertThat(err.toString()).contains("split must be all, train, validation or test, got dev");
    }

    @Test
    void theAblationPrintsTheTableAndWritesItAsCsv() throws Exception {
        Path csv = folder.resolve("table.csv");
        when(training.ablation(any(), any(), any())).thenReturn(List.of(
                new AblationRow("last-layer", "both", 10, 7, new Confusion(30, 1, 2, 40), Duration.ofMillis(1200)),
                new AblationRow("last-layer", "image", 10, 3, new Confusion(28, 4, 4, 37), Duration.ofMillis(900)),
                new AblationRow("all", "audio", 2, 2, new Confusion(20, 10, 12, 31), Duration.ofSeconds(95))));

        assertThat(run("eval", "--ablation", "--all-epochs", "1", "--work", folder.toString(), "--csv", csv.toString(),
                "--quiet")).isZero();

        ArgumentCaptor<AblationRequest> request = ArgumentCaptor.forClass(AblationRequest.class);
        verify(training).ablation(request.capture(), any(), any());
        assertThat(request.getValue()).isEqualTo(new AblationRequest(folder.resolve("synthetic/annotations.csv"), folder,
                10, 1, 64, 2019, null, null));
        assertThat(out.toString().lines()).contains(
                "trained part VGGish  ResNet-18  validation F1  epochs  best  time",
                "last layer   yes     yes        0.952          10      7     1.2 s",
                "last layer   no      yes        0.875          10      3     0.9 s",
                "all          yes     no         0.645          2       2     1 min 35 s");
        assertThat(csv).hasContent("""
                trained_part,vggish,resnet18,validation_f1,validation_precision,validation_recall,tp,fp,fn,tn,epochs,best_epoch,seconds
                last-layer,yes,yes,0.9524,0.9677,0.9375,30,1,2,40,10,7,1.2
                last-layer,no,yes,0.8750,0.8750,0.8750,28,4,4,37,10,3,0.9
                all,yes,no,0.6452,0.6667,0.6250,20,10,12,31,2,2,95.0""");
    }

    @Test
    void theSweepTrainsTable2sGridAndPrintsItsTableAndCsv() throws Exception {
        when(training.sweep(any(), any(), any())).thenAnswer(call -> rows(call.getArgument(0)));

        assertThat(run("eval", "--sweep", "--work", folder.toString(), "--vggish", "v.safetensors", "--densenet121",
                "d.safetensors", "--quiet")).isZero();

        ArgumentCaptor<SweepRequest> request = ArgumentCaptor.forClass(SweepRequest.class);
        verify(training).sweep(request.capture(), any(), any());
        List<NetworkSetup> grid = request.getValue().networks();
        assertThat(grid).hasSize(12);
        assertThat(grid.get(0)).isEqualTo(new NetworkSetup("both", "last-layer", null, Path.of("v.safetensors"), 2019,
                0.0005));
        assertThat(grid.get(5)).isEqualTo(new NetworkSetup("both", "all", null, Path.of("v.safetensors"), 2019, 0.01));
        assertThat(grid.get(6)).isEqualTo(new NetworkSetup("densenet121+audio", "last-layer",
                Path.of("d.safetensors"), Path.of("v.safetensors"), 2019, 0.0005));
        assertThat(grid.get(11).trainedPart()).isEqualTo("all");
        assertThat(request.getValue().lastLayerEpochs()).isEqualTo(10);
        assertThat(request.getValue().allEpochs()).isEqualTo(2);
        assertThat(out.toString().lines()).contains(
                "backbone        trained     rate    epochs  best  precision  recall  F1     time",
                "ResNet-18+V     last layer  0.0005  1       1     0.667      0.500   0.571  2.0 s",
                "DenseNet-121+V  all         0.01    1       1     0.667      0.500   0.571  2.0 s");
        assertThat(folder.resolve("sweep.csv")).content().startsWith(SweepTable.CSV_HEADER + "\n"
                + "ResNet-18,both,last-layer,0.0005,1,1,0.6667,0.5000,0.5714,2,1,2,5,0.8000,2.0\n");
        assertThat(folder.resolve("sweep-epochs.csv")).content().contains(
                "12,DenseNet-121,densenet121+audio,all,0.01,1,0.50000,0.8000,0.5714,0.60000,2.0");
    }

    @Test
    void halfTheSweepOtherRatesAndEpochsCanBeChosenAndAnUnknownBackboneIsBadInput() throws Exception {
        when(training.sweep(any(), any(), any())).thenAnswer(call -> rows(call.getArgument(0)));

        assertThat(run("eval", "--sweep", "--backbones-only", "resnet18", "--learning-rates", "0.01,0.1", "--epochs",
                "1", "--all-epochs", "1", "--work", folder.toString(), "--quiet")).isZero();

        ArgumentCaptor<SweepRequest> request = ArgumentCaptor.forClass(SweepRequest.class);
        verify(training).sweep(request.capture(), any(), any());
        assertThat(request.getValue().networks()).extracting(NetworkSetup::variant).containsOnly("both");
        assertThat(request.getValue().networks()).extracting(NetworkSetup::learningRate)
                .containsExactly(0.01, 0.1, 0.01, 0.1);
        assertThat(request.getValue().lastLayerEpochs()).isEqualTo(1);
        assertThat(run("eval", "--sweep", "--backbones-only", "vgg16", "--quiet")).isEqualTo(2);
        assertThat(err.toString()).contains("--backbones-only must be resnet18 or densenet121, got vgg16");
        assertThat(run("eval", "--sweep", "--learning-rates", "0", "--quiet")).isEqualTo(2);
        assertThat(err.toString()).contains("learning rate must be positive");
        assertThat(run("eval", "--sweep", "--ablation", "--quiet")).isEqualTo(2);
        assertThat(err.toString()).contains("choose one of --ablation, --sweep and --baseline");
    }

    @Test
    void theBaselineTrainsTheFrozenAndTheFromScratchResNet18For15EpochsAndPlotsTheirF1() throws Exception {
        when(training.sweep(any(), any(), any())).thenAnswer(call -> rows(call.getArgument(0)));

        assertThat(run("eval", "--baseline", "--resnet18", "r.safetensors", "--work", folder.toString(), "--quiet"))
                .isZero();

        ArgumentCaptor<SweepRequest> request = ArgumentCaptor.forClass(SweepRequest.class);
        verify(training).sweep(request.capture(), any(), any());
        assertThat(request.getValue().networks()).containsExactly(
                new NetworkSetup("image", "last-layer", Path.of("r.safetensors"), null, 2019),
                new NetworkSetup("image", "all", null, null, 2019));
        assertThat(request.getValue().lastLayerEpochs()).isEqualTo(15);
        assertThat(request.getValue().allEpochs()).isEqualTo(15);
        Path png = folder.resolve("baseline-f1.png");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isPositive();
        assertThat(out.toString()).contains("plot: " + png).contains("CSV: " + folder.resolve("baseline.csv"));

        Path elsewhere = folder.resolve("figure9.png");
        assertThat(run("eval", "--baseline", "--epochs", "2", "--all-epochs", "3", "--work", folder.toString(),
                "--plot", elsewhere.toString(), "--quiet")).isZero();
        assertThat(elsewhere).isRegularFile();
    }

    @Test
    void aSweepThatNoInstalledBundleCanTrainSaysWhichAndHowToRunTheOtherHalf() throws Exception {
        when(training.sweep(any(), any(), any())).thenThrow(new IllegalStateException("the sweep cannot run, nothing"
                + " was trained: the densenet121+audio variant cannot be trained: no trainer of it is installed (the"
                + " DenseNet-121 bundle, org.kissdetect.densenet)"));

        assertThat(run("eval", "--sweep", "--work", folder.toString(), "--quiet")).isEqualTo(ExitCodes.FAILED);

        assertThat(err.toString()).contains("org.kissdetect.densenet")
                .contains("--backbones-only resnet18 trains the ResNet-18 half");
    }

    /** One row per network, each of one epoch with the same results. */
    private static List<SweepRow> rows(SweepRequest request) {
        return request.networks().stream().map(n -> new SweepRow(n, 1, List.of(new EpochMetrics(1, 0.5,
                new Confusion(2, 1, 2, 5), 0.6, Duration.ofSeconds(2), new Confusion(8, 2, 2, 8))),
                Duration.ofSeconds(2))).toList();
    }

    private int run(String... args) {
        EvalCommand command = new EvalCommand(evaluation, training, demo, segmenter, models, new ChartComponent());
        return new CommandLineRunner(List.of(command), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
