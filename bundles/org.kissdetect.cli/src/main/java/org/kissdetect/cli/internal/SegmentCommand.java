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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kissdetect segment}: per-second probabilities in, scenes out as JSON. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=segment")
@Command(name = "segment", sortOptions = false,
        description = {"Joins per-second kissing probabilities into scenes, printed as JSON.",
                "{\"scenes\":[{\"start\":0,\"end\":6,\"confidence\":0.93}]} (seconds, end included).",
                "Probabilities are read one per line or as a JSON array, from FILE or stdin.",
                "Options left out take the configured values (PID org.kissdetect.segment)."})
public final class SegmentCommand implements Subcommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Segmenter segmenter;

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentationOptions segmentation = new SegmentationOptions();

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Probabilities; stdin when absent or '-'.")
    Path file;

    @Activate
    public SegmentCommand(@Reference Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public Integer call() {
        SegmentationParameters parameters = segmentation.over(segmenter.parameters());
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
