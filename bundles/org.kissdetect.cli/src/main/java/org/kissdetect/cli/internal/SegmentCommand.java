package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kissdetect segment}: per-second probabilities in, scenes out as JSON. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=segment")
@Command(name = "segment", sortOptions = false,
        description = {"Joins per-second kissing probabilities into scenes and prints them as JSON:",
                "{\"scenes\":[{\"start\":0,\"end\":6,\"confidence\":0.93}]} (seconds, end included).",
                "Probabilities are read one per line or as a JSON array, from FILE or stdin.",
                "Options left out take the configured values (PID org.kissdetect.segment)."})
public final class SegmentCommand implements Subcommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Segmenter segmenter;

    @Spec
    CommandSpec spec;

    @Option(names = "--min-seconds", paramLabel = "M", description = "Shortest scene in seconds (configured: 10).")
    Integer minSeconds;

    @Option(names = "--min-fraction", paramLabel = "T", description = "Smallest fraction of kissing seconds in a scene, in (0, 1] (configured: 0.7).")
    Double minFraction;

    @Option(names = "--threshold", paramLabel = "P", description = "A second is kissing when its probability is at least P (configured: 0.5).")
    Double threshold;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Probabilities; stdin when absent or '-'.")
    Path file;

    @Activate
    public SegmentCommand(@Reference Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public Integer call() {
        SegmentationParameters parameters = parameters();
        float[] probabilities = readProbabilities();
        List<Scene> scenes;
        try {
            scenes = segmenter.segment(probabilities, parameters);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(source() + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(toJson(scenes));
        return ExitCodes.OK;
    }

    private SegmentationParameters parameters() {
        SegmentationParameters configured = segmenter.parameters();
        try {
            return new SegmentationParameters(minSeconds != null ? minSeconds : configured.minSeconds(),
                    minFraction != null ? minFraction : configured.minFraction(),
                    threshold != null ? threshold : configured.threshold());
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }

    private float[] readProbabilities() {
        if (file == null || file.toString().equals("-")) {
            return ProbabilityReader.read(System.in, "stdin");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ProbabilityReader.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw CommandFailure.badInput(file + ": no such file");
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    private String source() {
        return file == null ? "stdin" : file.toString();
    }

    record SceneJson(int start, int end, double confidence) {
    }

    record ScenesJson(List<SceneJson> scenes) {
    }

    static String toJson(List<Scene> scenes) {
        List<SceneJson> rows = scenes.stream()
                .map(s -> new SceneJson(s.start(), s.end(), Math.round(s.confidence() * 10_000) / 10_000.0))
                .toList();
        try {
            return JSON.writeValueAsString(new ScenesJson(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenes as JSON", e);
        }
    }
}
