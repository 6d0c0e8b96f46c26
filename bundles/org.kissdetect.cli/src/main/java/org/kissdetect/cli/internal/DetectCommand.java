package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
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
                "Per-second scores are cached; a second run with other thresholds runs no model."})
public final class DetectCommand implements Subcommand {

    private final DetectionService detection;
    private final Segmenter segmenter;
    private final MarkerFormats formats;
    private final MovieDecoder decoder;
    private final DemoModel demo;

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

    @Option(names = "--out", paramLabel = "PATH", description = "Marker file (one movie) or folder (several).")
    Path out;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write an HTML report with thumbnails to DIR.")
    Path report;

    @Option(names = "--quiet", description = "No progress.")
    boolean quiet;

    @Activate
    public DetectCommand(@Reference DetectionService detection, @Reference Segmenter segmenter,
            @Reference MarkerFormats formats, @Reference MovieDecoder decoder, @Reference DemoModel demo) {
        this.detection = detection;
        this.segmenter = segmenter;
        this.formats = formats;
        this.decoder = decoder;
        this.demo = demo;
    }

    @Override
    public Integer call() throws Exception {
        MarkerWriter writer = formats.writer(markers.format);
        SegmentationParameters parameters = segmentation.over(segmenter.parameters());
        if (movies.size() > 1 && (out == null || (Files.exists(out) && !Files.isDirectory(out)))) {
            throw CommandFailure.badInput("several movies need --out FOLDER for their markers");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Interruption interruption = new Interruption()) {
            Path modelDirectory = DefaultModel.orDemo(model, demo, err, quiet, interruption);
            for (Path movie : movies) {
                Detection result = DetectionRun.of(detection,
                        new DetectionRequest(movie, modelDirectory, parameters), interruption, err, quiet);
                Path target = target(movie, writer);
                writeMarkers(result, writer, target);
                Path folder = report == null ? null : movies.size() > 1 ? report.resolve(baseName(movie)) : report;
                if (folder != null) {
                    writeReport(result, folder, interruption);
                }
                err.println(Summary.of(result, target, folder));
            }
        }
        return ExitCodes.OK;
    }

    private Path target(Path movie, MarkerWriter writer) {
        if (out == null) {
            return null;
        }
        if (movies.size() > 1 || Files.isDirectory(out)) {
            return out.resolve(baseName(movie) + "." + writer.extension());
        }
        return out;
    }

    static String baseName(Path movie) {
        String name = movie.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void writeMarkers(Detection result, MarkerWriter writer, Path target) {
        try {
            formats.write(result, writer, markers.style(), target, System.out);
            if (target != null) {
                MarkerFormats.copyScoresBeside(result, target);
            }
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot write " + target + ": " + e.getMessage());
        }
    }

    private void writeReport(Detection result, Path folder, Interruption interruption) {
        try {
            new ReportWriter(decoder).write(result, folder, interruption);
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot write the report " + folder + ": " + e.getMessage());
        } catch (MediaException e) {
            throw new CommandFailure(ExitCodes.BAD_INPUT, "cannot take thumbnails for the report: " + e.getMessage(), e);
        }
    }
}
