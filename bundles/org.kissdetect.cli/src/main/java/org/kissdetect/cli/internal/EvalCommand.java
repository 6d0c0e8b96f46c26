package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.AblationRequest;
import org.kissdetect.api.train.AblationRow;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.SweepRequest;
import org.kissdetect.api.train.SweepRow;
import org.kissdetect.api.report.ChartService;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.EvaluationRequest;
import org.kissdetect.api.train.EvaluationService;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.common.cache.CacheRoot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect eval}: a model's per-second and per-scene results on annotated movies, or the ablation. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=eval")
@Command(name = "eval", sortOptions = false,
        description = {"Evaluates a model on annotated movies, or trains and compares the ablation.",
                "Per-second precision, recall, F1 and confusion counts, and scene precision and recall",
                "at IoU >= 0.5 after segmentation.",
                "Without ANNOTATIONS, the synthetic set; without --model, the demo model.",
                "--ablation trains the paper's six variants and prints Table 1; --sweep trains the",
                "backbones x trained parts x learning rates of Table 2; --baseline trains section 6.2's",
                "ResNet-18 baseline and plots its training and validation F1 per epoch (Figure 9)."})
public final class EvalCommand implements Subcommand {

    private final EvaluationService evaluation;
    private final TrainingService training;
    private final DemoModel demo;
    private final ModelRepository models;
    private final Segmenter segmenter;
    private final ChartService charts;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ANNOTATIONS", description = "The annotation file (default: the synthetic set).")
    Path annotations;

    @Option(names = "--model", paramLabel = "DIR", description = "The model directory (default: the demo model).")
    Path model;

    @Option(names = "--split", paramLabel = "PART",
            description = "test (the default), validation, train (as training with --seed split them) or all.")
    String split = "test";

    @Mixin
    SegmentationOptions segmentation = new SegmentationOptions();

    @Option(names = "--ablation", description = "Train and compare {last-layer, all} x {both, image, audio}.")
    boolean ablation;

    @Option(names = "--sweep", description = "Train and compare {ResNet-18, DenseNet-121} (each with VGGish) x"
            + " {last-layer, all} x learning rates {0.0005, 0.001, 0.01}: the paper's Table 2.")
    boolean sweep;

    @Option(names = "--backbones-only", paramLabel = "WHICH",
            description = "Sweep: only the resnet18 or the densenet121 half of the grid.")
    String backbonesOnly;

    @Option(names = "--learning-rates", paramLabel = "LIST", split = ",",
            description = "Sweep: the learning rates (default: 0.0005,0.001,0.01).")
    List<Double> learningRates;

    @Option(names = "--baseline", description = "Train ResNet-18 alone frozen but for its last layer, and the same"
            + " network from random weights, all of it (section 6.2), and plot their F1 per epoch.")
    boolean baseline;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Baseline: the F1 per epoch as PNG (default: WORK/baseline-f1.png).")
    Path plot;

    @Option(names = "--epochs", paramLabel = "N", description = "Ablation and sweep: epochs of the last-layer rows"
            + " (default: 10); baseline: of its last-layer run (default: 15).")
    Integer lastLayerEpochs;

    @Option(names = "--all-epochs", paramLabel = "N", description = "Ablation and sweep: epochs of the rows that train"
            + " everything (default: 2; each costs minutes on a CPU); baseline: of its run from scratch (default: 15).")
    Integer allEpochs;

    @Mixin
    BackboneOptions network = new BackboneOptions();

    @Option(names = "--work", paramLabel = "DIR",
            description = "Ablation, sweep, baseline: folder for the rows' checkpoints (default: ablation, sweep or"
                    + " baseline under the cache root, $XDG_CACHE_HOME/kissdetect or ~/.cache/kissdetect).")
    Path work;

    @Option(names = "--csv", paramLabel = "FILE", description = "Ablation, sweep, baseline: the table as CSV"
            + " (default: WORK/ablation.csv, WORK/sweep.csv, WORK/baseline.csv).")
    Path csv;

    @Option(names = "--quiet", description = "No progress.")
    boolean quiet;

    @Activate
    public EvalCommand(@Reference EvaluationService evaluation, @Reference TrainingService training,
            @Reference DemoModel demo, @Reference Segmenter segmenter, @Reference ModelRepository models,
            @Reference ChartService charts) {
        this.evaluation = evaluation;
        this.training = training;
        this.demo = demo;
        this.segmenter = segmenter;
        this.models = models;
        this.charts = charts;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((ablation ? 1 : 0) + (sweep ? 1 : 0) + (baseline ? 1 : 0) > 1) {
            throw CommandFailure.badInput("choose one of --ablation, --sweep and --baseline");
        }
        boolean trains = ablation || sweep || baseline;
        TrainingProgress progress = new TrainingProgress(err, ProgressPrinter.modeFor(quiet), trains ? 0 : 1);
        try (Interruption interruption = new Interruption()) {
            Path source = annotations;
            if (source == null) {
                source = demo.syntheticAnnotations(progress);
                progress.notice("no annotation file given: using the synthetic set " + source);
            }
            if (ablation) {
                ablation(source, progress, interruption);
            } else if (sweep || baseline) {
                sweep(source, progress, interruption);
            } else {
                evaluate(source, progress, interruption);
            }
            return ExitCodes.OK;
        } catch (CommandFailure e) {
            throw e;
        } catch (Exception e) {
            throw TrainingFailures.of(e);
        } finally {
            progress.finish();
        }
    }

    private void evaluate(Path source, TrainingProgress progress, Interruption interruption) throws Exception {
        Path directory = DefaultModel.orDemo(model, models, spec.commandLine().getErr(), quiet, interruption);
        EvaluationRequest request;
        try {
            request = new EvaluationRequest(directory, source, split, network.seed,
                    segmentation.over(segmenter.parameters()));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        String report = TrainingReports.of(evaluation.evaluate(request, progress, interruption));
        progress.finish();
        spec.commandLine().getOut().println(report);
    }

    private void ablation(Path source, TrainingProgress progress, Interruption interruption) throws Exception {
        long started = System.nanoTime();
        Path folder = work != null ? work : CacheRoot.folder("ablation");
        AblationRequest request;
        try {
            request = new AblationRequest(source, folder, orDefault(lastLayerEpochs, 10), orDefault(allEpochs, 2),
                    network.batchSize, network.seed, network.resnet18, network.vggish);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        List<AblationRow> rows = training.ablation(request, progress, interruption);
        progress.finish();
        Path table = csv != null ? csv : folder.resolve("ablation.csv");
        AtomicFile.write(table, out -> out.write(AblationTable.csv(rows).getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().print(AblationTable.text(rows));
        spec.commandLine().getOut().println("validation F1 per second on " + source.getFileName() + "; took "
                + TrainingReports.clock(Duration.ofNanos(System.nanoTime() - started)) + "; CSV: " + table);
    }

    /** Table 2 ({@code --sweep}) or the section 6.2 baseline with its Figure 9 ({@code --baseline}). */
    private void sweep(Path source, TrainingProgress progress, Interruption interruption) throws Exception {
        long started = System.nanoTime();
        String name = sweep ? "sweep" : "baseline";
        Path folder = work != null ? work : CacheRoot.folder(name);
        SweepRequest request;
        try {
            List<NetworkSetup> networks = sweep
                    ? SweepGrids.table2(backbonesOnly, network, learningRates != null ? learningRates
                            : SweepGrids.TABLE2_RATES)
                    : SweepGrids.baseline(network);
            request = new SweepRequest(source, folder, networks, orDefault(lastLayerEpochs, sweep ? 10 : 15),
                    orDefault(allEpochs, sweep ? 2 : 15), network.batchSize, network.seed);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
        List<SweepRow> rows;
        try {
            rows = training.sweep(request, progress, interruption);
        } catch (IllegalStateException e) {
            boolean wholeGrid = sweep && backbonesOnly == null;
            throw new CommandFailure(ExitCodes.FAILED, e.getMessage() + (wholeGrid
                    ? " (--backbones-only resnet18 trains the ResNet-18 half)" : ""), e);
        }
        progress.finish();
        Path table = csv != null ? csv : folder.resolve(name + ".csv");
        Path epochs = folder.resolve(name + "-epochs.csv");
        AtomicFile.write(table, out -> out.write(SweepTable.csv(rows).getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(epochs, out -> out.write(SweepTable.epochsCsv(rows).getBytes(StandardCharsets.UTF_8)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(SweepTable.text(rows));
        String written = "CSV: " + table + " (every epoch: " + epochs + ")";
        if (baseline) {
            Path png = plot != null ? plot : folder.resolve("baseline-f1.png");
            charts.writePng(TrainingCurves.baseline(source, rows), png);
            written += "; plot: " + png;
        }
        out.println("validation results per second on " + source.getFileName() + "; took "
                + TrainingReports.clock(Duration.ofNanos(System.nanoTime() - started)) + "; " + written);
    }

    private static int orDefault(Integer given, int otherwise) {
        return given != null ? given : otherwise;
    }
}
