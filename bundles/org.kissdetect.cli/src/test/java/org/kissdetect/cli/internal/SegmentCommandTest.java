package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;

class SegmentCommandTest {

    @TempDir
    Path folder;

    private final Segmenter segmenter = mock(Segmenter.class);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void configuredDefaults() {
        when(segmenter.parameters()).thenReturn(new SegmentationParameters(10, 0.7, 0.5));
    }

    @Test
    void anErrorInsideACommandIsOneLineAndExitCode1NotACrash() throws Exception {
        when(segmenter.segment(any(), any())).thenThrow(new OutOfMemoryError("Java heap space"));

        int exit = run(file("1\n"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("kissdetect segment: out of memory (Java heap space); give Java more with "
                + "KISSDETECT_JAVA_OPTS=-Xmx4g, or report the input that needed it" + System.lineSeparator());
    }

    @Test
    void printsTheScenesAsJson() throws Exception {
        when(segmenter.segment(any(), any())).thenReturn(List.of(new Scene(0, 6, 0.928571), new Scene(20, 31, 1)));

        int exit = run(file("1\n1\n0\n"));

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo(
                "{\"scenes\":[{\"start\":0,\"end\":6,\"confidence\":0.9286},{\"start\":20,\"end\":31,\"confidence\":1.0}]}");
    }

    @Test
    void flagsOverrideTheConfiguredParametersOneByOne() throws Exception {
        when(segmenter.segment(any(), any())).thenReturn(List.of());

        run("--min-seconds", "4", "--threshold", "0.6", file("1\n"));

        verify(segmenter).segment(eq(new float[] {1f}), eq(new SegmentationParameters(4, 0.7, 0.6)));
    }

    @Test
    void anImpossibleFlagIsBadInputNamingTheValue() throws Exception {
        int exit = run("--min-fraction", "1.5", file("1\n"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("minimum kissing fraction must lie in (0, 1], got 1.5");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aProbabilityTheSegmenterRejectsIsBadInput() throws Exception {
        when(segmenter.segment(any(), any())).thenThrow(new IllegalArgumentException("probability of second 1 is NaN"));

        int exit = run(file("1\nNaN\n"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("probability of second 1 is NaN").doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsBadInput() {
        int exit = run(folder.resolve("absent.txt").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("absent.txt: no such file");
    }

    @Test
    void anUnknownOptionIsBadInputWithAHint() {
        int exit = run("--minimum", "3");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("kissdetect segment --help");
    }

    private String file(String content) throws Exception {
        Path file = Files.writeString(folder.resolve("p.txt"), content);
        return file.toString();
    }

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "segment";
        System.arraycopy(args, 0, full, 1, args.length);
        return new CommandLineRunner(List.of(new SegmentCommand(segmenter)), new PrintWriter(out), new PrintWriter(err))
                .run(full);
    }
}
