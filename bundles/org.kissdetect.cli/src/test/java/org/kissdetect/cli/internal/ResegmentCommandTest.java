package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;

class ResegmentCommandTest {

    @TempDir
    Path folder;
    Path scores;

    private final DetectionService detection = mock(DetectionService.class);
    private final Segmenter segmenter = mock(Segmenter.class);
    private final MarkerFormats formats = new MarkerFormats();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void services() throws Exception {
        scores = Files.writeString(folder.resolve("film.scores.json"), "{\"scores\":true}");
        when(segmenter.parameters()).thenReturn(new SegmentationParameters(10, 0.7, 0.5));
        formats.addWriter(new DetectCommandTest.CountingWriter());
        when(detection.resegment(any(), any())).thenReturn(new Detection(
                new MovieInfo(folder.resolve("film.mp4"), 60, 25, 640, 360, true),
                new ModelDescriptor("demo", "1", "both", "cpu()"), new float[60],
                new SegmentationParameters(10, 0.7, 0.5), List.of(new Scene(3, 14, 0.9)), scores, true));
    }

    @Test
    void theScoresFileIsNeverTheOutput() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), scores);

        assertThat(run("resegment", scores.toString(), "--format", "count", "--out", scores.toString())).isEqualTo(2);
        assertThat(run("resegment", scores.toString(), "--format", "count", "--out", link.toString())).isEqualTo(2);

        assertThat(scores).hasContent("{\"scores\":true}");
        verify(detection, never()).resegment(any(), any());
    }

    @Test
    void writesMarkersToAFileAndToADeviceWithoutReplacingIt() throws Exception {
        assertThat(run("resegment", scores.toString(), "--format", "count", "--out", folder.resolve("m.txt").toString()))
                .isZero();
        assertThat(folder.resolve("m.txt")).hasContent("1 scene(s) of film.mp4");

        assertThat(Destination.of("/dev/full").kind()).isEqualTo(Destination.Kind.STREAM);
        assertThat(run("resegment", scores.toString(), "--format", "count", "--out", "/dev/full")).isEqualTo(4);
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    @Test
    void aParameterErrorSuggestsHelpWithOneSpace() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Try 'kissdetect --help'.");
        assertThat(run("resegment", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Try 'kissdetect resegment --help'.");
    }

    private int run(String... args) {
        ResegmentCommand command = new ResegmentCommand(detection, segmenter, formats);
        return new CommandLineRunner(List.of(command), new PrintWriter(new StringWriter()), new PrintWriter(err)).run(args);
    }
}
