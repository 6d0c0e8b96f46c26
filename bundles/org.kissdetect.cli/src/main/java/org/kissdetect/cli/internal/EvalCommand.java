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
                "--ablation trains the paper's six variants and prints Table 1."})
public final class EvalCommand implements Subcommand {

    private final EvaluationService evaluation;
    private final TrainingService training;
    private final DemoModel demo;
    private final ModelRepository models;
    private final Segmenter segmenter;

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

    @Option(names = "--epochs", paramLabel = "N", description = "Ablation: epochs of the last-layer rows (default: 10).")
    int lastLayerEpochs = 10;

    @Option(names = "--all-epochs", paramLabel = "N",
            description = "Ablation: epochs of the rows that train everything (default: 2; each costs minutes on a CPU).")
    int allEpochs = 2;

    @Mixin
    BackboneOptions network = new BackboneOptions();

    @Option(names = "--work", paramLabel = "DIR",
            description = "Ablation: folder for the rows' checkpoints (default: ablation under the cache root, $XDG_CACHE_HOME/kissdetect or ~/.cache/kissdetect).")
    Path work;

    @Option(names = "--csv", paramLabel = "FILE", description = "Ablation: the table as CSV (default: WORK/ablation.csv).")
    Path csv;

    @Option(names = "--quiet", description = "No progress.")
    boolean quiet;

    @Activate
    public EvalCommand(@Reference EvaluationService evaluation, @Reference TrainingService training,
            @Reference DemoModel demo, @Reference Segmenter segmenter, @Reference ModelRepository models) {
        this.evaluation = evaluation;
        this.training = training;
        this.demo = demo;
        this.segmenter = segmenter;
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TrainingProgress progress = new TrainingProgress(err, ProgressPrinter.modeFor(quiet), ablation ? 0 : 1);
        try (Interruption interruption = new Interruption()) {
            Path source = annotations;
            if (source == null) {
                source = demo.syntheticAnnotations(progress);
                progress.notice("no annotation file given: using the synthetic set " + source);
            }
            if (ablation) {
                ablation(source, progress, interruption);
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
            request = new AblationRequest(source, folder, lastLayerEpochs, allEpochs, network.batchSize, network.seed,
                    network.resnet18, network.vggish);
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
}
