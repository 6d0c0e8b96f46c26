package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.classify.Saliency;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.explain.Explanation;
import org.kissdetect.api.explain.ExplanationRequest;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.model.ModelRepository;

import picocli.CommandLine.TypeConversionException;

/** {@code kissdetect explain}: times as people type them, the summary, and each failure's exit code. */
class ExplainCommandTest {

    @TempDir
    Path folder;

    private final ExplanationService explanations = mock(ExplanationService.class);
    private ModelRepository models;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Explanation explanation;

    @BeforeEach
    void services() throws Exception {
        models = Models.repository(folder.resolve("demo-model"), "DEMO MODEL: the synthetic signature, not kissing");
        explanation = new Explanation(75, new RgbImage(2, 1, new byte[6]), 0.8765,
                new Saliency(75, 2, 1, new float[] {0, 1}, 2f), new ModelDescriptor("demo", "1.2", "both", "cpu()"));
        when(explanations.explain(any(), any())).thenReturn(explanation);
    }

    @Test
    void timesAreSecondsMinutesAndSecondsOrHoursMinutesAndSeconds() {
        assertThat(MovieTime.parse("12.5")).isEqualTo(12.5);
        assertThat(MovieTime.parse("75")).isEqualTo(75);
        assertThat(MovieTime.parse("01:15")).isEqualTo(75);
        assertThat(MovieTime.parse("90:00")).isEqualTo(5400);
        assertThat(MovieTime.parse("01:02:03.250")).isEqualTo(3723.25);
        assertThat(MovieTime.parse("0:00:01.5")).isEqualTo(1.5);
        for (String bad : List.of("", "-3", "1:60", "1:75:00", "12s", "1:2", "01:02:03.2500", "NaN")) {
            assertThatThrownBy(() -> MovieTime.parse(bad)).as(bad).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("HH:MM:SS[.mmm]");
        }
    }

    @Test
    void explainsTheSecondWithTheDemoModelAndPrintsWhatItWrote() throws Exception {
        Path png = folder.resolve("why.png");

        assertThat(run("explain", "film.mp4", "--at", "01:15.4", "--out", png.toString())).isZero();

        verify(explanations).explain(eq(new ExplanationRequest(Path.of("film.mp4"), 75.4,
                folder.resolve("demo-model"))), any());
        verify(explanations).writeOverlay(explanation, png);
        assertThat(out.toString()).isEqualTo("second 75 (00:01:15.000 to 00:01:16.000): p(kissing) 0.877 by demo 1.2;"
                + " saliency overlay in " + png + System.lineSeparator());
        assertThat(err.toString()).contains("DEMO MODEL");
    }

    @Test
    void eachFailureHasItsExitCode() throws Exception {
        Path png = folder.resolve("why.png");
        assertThat(run("explain", "film.mp4", "--at", "soon", "--out", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a time in the movie");
        assertThat(run("explain", "film.mp4", "--out", png.toString())).isEqualTo(2);

        doThrow(new MediaException(Path.of("film.mp4"), "it lasts 00:00:05.000")).when(explanations)
                .explain(any(), any());
        assertThat(run("explain", "film.mp4", "--at", "600", "--out", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("film.mp4: it lasts 00:00:05.000");

        doThrow(new ModelException(Path.of("m"), "cannot show where")).when(explanations).explain(any(), any());
        assertThat(run("explain", "film.mp4", "--at", "1", "--model", "m", "--out", png.toString())).isEqualTo(3);

        doReturn(explanation).when(explanations).explain(any(), any());
        doThrow(new IOException("disk full")).when(explanations).writeOverlay(any(), any());
        assertThat(run("explain", "film.mp4", "--at", "1", "--out", png.toString())).isEqualTo(4);
        assertThat(err.toString()).contains("cannot write " + png + ": disk full");

        Path folderOut = Files.createDirectories(folder.resolve("pngs"));
        assertThat(run("explain", "film.mp4", "--at", "1", "--out", folderOut.toString())).isEqualTo(4);
        verify(explanations, never()).writeOverlay(any(), eq(folderOut));
    }

    private int run(String... args) {
        ExplainCommand command = new ExplainCommand(explanations, models);
        return new CommandLineRunner(List.of(command), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
