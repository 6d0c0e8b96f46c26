package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.report.ChartService;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.NetworkSetup;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingRequest;
import org.kissdetect.api.train.TrainingService;
import org.kissdetect.api.labels.LabelService;
import org.kissdetect.common.files.FileErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect train}: annotated movies in, a detector model directory out; or the demo model. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=train")
@Command(name = "train", sortOptions = false,
        description = {"Trains a detector on annotated movies as the paper does.",
                "Writes its model directory. ANNOTATIONS is a CSV file: movie,start,end,label (see the README);",
                "without it, the synthetic set. A checkpoint is written after every epoch; Ctrl-C",
                "keeps the last one; --resume goes on from it. --demo makes the demo model",
                "(rebuilt from models/demo in seconds; --retrain trains it afresh)."})
public final class TrainCommand implements Subcommand {

    private final TrainingService training;
    private final DemoModel demo;
    private final LabelService labels;
    private final ChartService charts;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ANNOTATIONS", description = "The annotation file (default: the synthetic set).")
    Path annotations;

    @Option(names = "--from-project", paramLabel = "PROJECT", description = "Train from the labels marked in an "
            + "editor's project (see 'kissdetect labels export'); they are kept as DIR.labels.csv.")
    Path fromProject;

    @Mixin
    LabelOptions labelRule = new LabelOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "The model directory to write (replaced when done).")
    Path out;

    @Option(names = "--train", paramLabel = "PART", description = "last-layer (backbones frozen, the default) or all.")
    String part = "last-layer";

    @Option(names = "--backbones", paramLabel = "WHICH", description = "both (the default), image, audio, clip"
            + " (the paper's 3D ResNet-34 on 16-frame clips), clip+audio (that and VGGish), densenet121 (the paper's"
            + " Table 2 image backbone) or densenet121+audio (that and VGGish).")
    String backbones = "both";

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs in all (default: 10).")
    int epochs = 10;

    @Mixin
    BackboneOptions network = new BackboneOptions();

    @Option(names = "--id", paramLabel = "ID", description = "The model's id (default: the output folder's name).")
    String id;

    @Option(names = "--version", paramLabel = "V", description = "The model's version (default: 1.0.0).")
    String version = "1.0.0";

    @Option(names = "--checkpoints", paramLabel = "DIR", description = "Checkpoint folder (default: DIR.checkpoints).")
    Path checkpoints;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Training and validation F1 per epoch as PNG"
            + " (default: DIR.f1.png beside the model directory, never inside it).")
    Path plot;

    @Option(names = "--resume", description = "Go on from the last checkpoint.")
    boolean resume;

    @Option(names = "--demo", description = "Make the demo model (default --out: the demo model's folder).")
    boolean makeDemo;

    @Option(names = "--retrain", description = "With --demo: train it afresh on the synthetic set, whatever is shipped.")
    boolean retrain;

    @Option(names = "--quiet", description = "No progress.")
    boolean quiet;

    @Activate
    public TrainCommand(@Reference TrainingService training, @Reference DemoModel demo,
            @Reference LabelService labels, @Reference ChartService charts) {
        this.training = training;
        this.demo = demo;
        this.labels = labels;
        this.charts = charts;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TrainingProgress progress = new TrainingProgress(err, ProgressPrinter.modeFor(quiet), makeDemo ? 0 : epochs);
        try (Interruption interruption = new Interruption()) {
            if (makeDemo) {
                return demo(progress, interruption);
            }
            if (retrain) {
                throw CommandFailure.badInput("--retrain is for the demo model: add --demo");
            }
            if (out == null) {
                throw CommandFailure.badInput("say where the model goes: --out DIR");
            }
            if (annotations != null && fromProject != null) {
                throw CommandFailure.badInput("give ANNOTATIONS or --from-project, not both");
            }
            Path source = annotations != null ? annotations
                    : fromProject != null ? labelsOf(fromProject, err) : synthetic(progress);
            TrainingRequest request = new TrainingRequest(source, out, checkpoints != null ? checkpoints
                    : out.resolveSibling(out.getFileName() + ".checkpoints"), setup(), epochs, network.batchSize,
                    network.seed, id != null ? id : out.getFileName().toString(), version, resume);
            TrainingReport report = training.train(request, progress, interruption);
            progress.finish();
            spec.commandLine().getOut().println(TrainingReports.of(report));
            plot(report);
            return ExitCodes.OK;
        } catch (CommandFailure e) {
            throw e;
        } catch (Exception e) {
            throw TrainingFailures.of(e);
        } finally {
            progress.finish();
        }
    }

    /** The run's curves beside the model directory: inside it, a file would change the model's identity. */
    private void plot(TrainingReport report) {
        Path png = plot != null ? plot : out.resolveSibling(out.getFileName() + ".f1.png");
        try {
            charts.writePng(TrainingCurves.chart("F1 per second per epoch: " + out.getFileName() + " ("
                    + backbones + ", " + part + ")", List.of(new TrainingCurves.Run("",
                            report.epochs()))), png);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("the model was written to " + report.model() + ", but the plot "
                    + png + " could not be: " + FileErrors.reason(e), e);
        }
        spec.commandLine().getOut().println("training and validation F1 per epoch: " + png);
    }

    private NetworkSetup setup() {
        boolean clip = backbones.startsWith("clip");
        boolean denseNet = backbones.startsWith("densenet121");
        if ((clip || denseNet) && network.resnet18 != null) {
            throw CommandFailure.badInput("--resnet18 is for the ResNet-18 variants; --backbones " + backbones
                    + " takes its image weights with " + (clip ? "--r3d34" : "--densenet121"));
        }
        if (!clip && network.r3d34 != null) {
            throw CommandFailure.badInput("--r3d34 is for --backbones clip or clip+audio, not " + backbones);
        }
        if (!denseNet && network.densenet121 != null) {
            throw CommandFailure.badInput("--densenet121 is for --backbones densenet121 or densenet121+audio, not "
                    + backbones);
        }
        try {
            return new NetworkSetup(backbones, part,
                    clip ? network.r3d34 : denseNet ? network.densenet121 : network.resnet18, network.vggish,
                    network.seed);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }

    private Path labelsOf(Path project, PrintWriter err) {
        Path kept = out.resolveSibling(out.getFileName() + ".labels.csv");
        ProjectLabelExport.export(labels, project, labelRule.rule(), kept, err, quiet);
        return kept;
    }

    private Path synthetic(TrainingProgress progress) throws Exception {
        Path set = demo.syntheticAnnotations(progress);
        progress.notice("no annotation file given: training on the synthetic set " + set
                + " (generated films whose kissing seconds carry a synthetic signature, not real kissing)");
        return set;
    }

    private int demo(TrainingProgress progress, Interruption interruption) throws Exception {
        if (annotations != null) {
            throw CommandFailure.badInput("the demo model is trained on the synthetic set: leave out ANNOTATIONS");
        }
        Path directory = out != null ? out : demo.defaultDirectory();
        if (retrain) {
            TrainingReport report = demo.retrain(directory, progress, interruption);
            progress.finish();
            spec.commandLine().getOut().println(TrainingReports.of(report) + "\nto ship it, copy "
                    + directory.resolve("head.safetensors") + " and " + directory.resolve("metadata.json")
                    + " to models/demo/");
        } else {
            demo.ensure(directory, progress, interruption);
            progress.finish();
            spec.commandLine().getOut().println("demo model ready in " + directory);
        }
        progress.notice(demo.notice());
        return ExitCodes.OK;
    }
}
