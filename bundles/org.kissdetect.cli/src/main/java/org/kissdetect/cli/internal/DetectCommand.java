package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.report.ReportService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect detect}: movies in, kissing scenes out as editor markers. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=detect")
@Command(name = "detect", sortOptions = false,
        description = {"Finds kissing scenes in movies and writes them as markers an editor imports.",
                "One movie: markers go to stdout, or to --out FILE. Several: --out names a folder.",
                "Per-second scores are cached; a second run with other thresholds runs no model.",
                "A movie that fails is reported and the others go on; the exit code is then that failure's."})
public final class DetectCommand implements Subcommand {

    private final DetectionService detection;
    private final Segmenter segmenter;
    private final MarkerFormats formats;
    private final ReportService reports;
    private final ModelRepository models;
    private final ClassifierFactory classifiers;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MOVIE", description = "The movies to search.")
    List<Path> movies;

    @Option(names = "--model", paramLabel = "DIR", description = "Detector model directory (default: the demo model, which detects only a synthetic signature).")
    Path model;

    @Mixin
    SegmentationOptions segmentation = new SegmentationOptions();

    @Mixin
    MarkerOptions markers = new MarkerOptions();

    @Option(names = "--out", paramLabel = "PATH",
            description = "Marker file, device or '-' (one movie), or folder (several movies, or a name ending in '/').")
    String out;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write an HTML report with thumbnails to DIR.")
    Path report;

    @Option(names = "--quiet", description = "No progress and no summary; errors and warnings only.")
    boolean quiet;

    @Activate
    public DetectCommand(@Reference DetectionService detection, @Reference Segmenter segmenter,
            @Reference MarkerFormats formats, @Reference ReportService reports, @Reference ModelRepository models,
            @Reference ClassifierFactory classifiers) {
        this.classifiers = classifiers;
        this.detection = detection;
        this.segmenter = segmenter;
        this.formats = formats;
        this.reports = reports;
        this.models = models;
    }

    @Override
    public Integer call() {
        List<MarkerWriter> writers = formats.writers(markers.format);
        SegmentationParameters parameters = null;
        DetectionOutputs outputs = new DetectionOutputs(detection, writers, markers.style(), !markers.look.noSnap,
                reports);
        List<OutputPlan.Planned> plans = OutputPlan.of(movies, out, report,
                writers.stream().map(MarkerWriter::extension).toList(),
                model == null ? List.of() : List.of(model), reports);
        PrintWriter err = spec.commandLine().getErr();
        BatchOutcome outcome = new BatchOutcome("detect", plans.size(), err);
        try (Interruption interruption = new Interruption()) {
            Path modelDirectory = null;
            for (OutputPlan.Planned plan : plans) {
                try {
                    if (plan.refusal() != null) {
                        throw plan.refusal();
                    }
                    if (modelDirectory == null) {
                        modelDirectory = DefaultModel.orDemo(model, models, err, quiet, interruption);
                        parameters = segmentation.over(segmenter.parameters(), recommendedThreshold(modelDirectory));
                    }
                    try (ReportStills stills = plan.outputs().report() == null ? null : reports.stills()) {
                        Detection result = DetectionRun.of(detection, new DetectionRequest(plan.movie(),
                                modelDirectory, parameters), stills, interruption, err, quiet);
                        outputs.write(result, stills, plan.outputs(), modelDirectory, interruption, System.out);
                        interruption.stopIfCancelled("the movies after " + plan.movie().getFileName());
                        if (!quiet) {
                            err.println(Summary.of(result, plan.outputs().firstMarkers(), plan.outputs().report()));
                        }
                    }
                } catch (CommandFailure failure) {
                    outcome.failed(plan.movie(), failure);
                }
            }
        }
        return outcome.exitCode();
    }

    private OptionalDouble recommendedThreshold(Path modelDirectory) {
        try {
            return classifiers.describe(modelDirectory).threshold();
        } catch (ModelException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }
}
