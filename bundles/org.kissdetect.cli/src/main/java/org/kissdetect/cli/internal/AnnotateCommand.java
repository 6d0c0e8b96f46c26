package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.projects.AnnotationRequest;
import org.kissdetect.api.projects.MediaOutcome;
import org.kissdetect.api.projects.ProjectAnnotation;
import org.kissdetect.api.projects.ProjectAnnotationService;
import org.kissdetect.api.projects.ProjectException;
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

/** {@code kissdetect annotate}: the kissing scenes marked in the user's own project. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=annotate")
@Command(name = "annotate", sortOptions = false,
        description = {"Marks the kissing scenes in an editor's project where they fall on its timeline.",
                "PROJECT is a Shotcut (.mlt), Kdenlive (.kdenlive), FCPXML (.fcpxml), Final Cut Pro 7 XML (.xml, from "
                        + "Premiere Pro) or OpenTimelineIO (.otio) project. Every media file its timeline uses is "
                        + "detected once (scores are cached); markers added by an earlier run are replaced.",
                "The project is written to --out (default: NAME-kissdetect.EXT beside it); --in-place replaces it "
                        + "atomically after keeping it as NAME.EXT.kissdetect-backup."})
public final class AnnotateCommand implements Subcommand {

    private final ProjectAnnotationService annotation;
    private final Segmenter segmenter;
    private final ModelRepository models;
    private final ClassifierFactory classifiers;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The editor's project file.")
    Path project;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the annotated project goes.")
    Path out;

    @Option(names = "--in-place", description = "Replace PROJECT itself, keeping a backup beside it.")
    boolean inPlace;

    @Option(names = "--model", paramLabel = "DIR", description = "Detector model directory (default: the demo model, which detects only a synthetic signature).")
    Path model;

    @Mixin
    SegmentationOptions segmentation = new SegmentationOptions();

    @Mixin
    MarkerStyleOptions markers = new MarkerStyleOptions();

    @Option(names = "--quiet", description = "No progress and no summary; errors and warnings only.")
    boolean quiet;

    @Activate
    public AnnotateCommand(@Reference ProjectAnnotationService annotation, @Reference Segmenter segmenter,
            @Reference ModelRepository models, @Reference ClassifierFactory classifiers) {
        this.annotation = annotation;
        this.segmenter = segmenter;
        this.models = models;
        this.classifiers = classifiers;
    }

    @Override
    public Integer call() {
        if (inPlace && out != null) {
            throw CommandFailure.badInput("--in-place and --out name two different outputs: give one");
        }
        Path output = inPlace ? project : out != null ? out : beside(project);
        if (!inPlace) {
            OutputChecks.notAnInput(output, List.of(project));
            OutputChecks.nameFits(output);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Interruption interruption = new Interruption()) {
            Path modelDirectory = DefaultModel.orDemo(model, models, err, quiet, interruption);
            SegmentationParameters parameters = segmentation.over(segmenter.parameters(),
                    recommendedThreshold(modelDirectory));
            ProgressPrinter progress = new ProgressPrinter(err, ProgressPrinter.modeFor(quiet),
                    project.getFileName().toString());
            ProjectAnnotation result;
            try {
                result = annotation.annotate(new AnnotationRequest(project, output, inPlace, modelDirectory,
                        parameters, markers.style(), !markers.noSnap), progress, interruption);
            } finally {
                progress.finish();
            }
            return report(result, err);
        } catch (ProjectException e) {
            throw CommandFailure.badInput(e.getMessage());
        } catch (ModelException e) {
            throw new CommandFailure(ExitCodes.MODEL_PROBLEM, e.getMessage(), e);
        } catch (DetectionCancelledException e) {
            throw new CommandFailure(ExitCodes.CANCELLED, e.getMessage(), e);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private int report(ProjectAnnotation result, PrintWriter err) {
        int failed = 0;
        for (MediaOutcome media : result.media()) {
            if (!media.detected()) {
                failed++;
                err.println("kissdetect: " + media.media() + " (" + media.clips() + " clip"
                        + (media.clips() == 1 ? "" : "s") + "): not marked: " + media.failure());
            }
        }
        if (!quiet) {
            err.println(result.written() + ": " + result.markers() + " marker" + (result.markers() == 1 ? "" : "s")
                    + " (" + result.format() + ") on the clips of " + (result.media().size() - failed) + " of "
                    + result.media().size() + " media files" + (result.backup() == null ? ""
                            : "; the project as it was: " + result.backup()));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static Path beside(Path project) {
        String name = project.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return project.resolveSibling(stem + "-kissdetect" + extension);
    }

    private OptionalDouble recommendedThreshold(Path modelDirectory) {
        try {
            return classifiers.describe(modelDirectory).threshold();
        } catch (ModelException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }
}
