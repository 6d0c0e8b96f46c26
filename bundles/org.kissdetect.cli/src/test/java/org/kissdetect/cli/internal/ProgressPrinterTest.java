package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.DetectionProgress;

class ProgressPrinterTest {

    private final DetectionProgress half = new DetectionProgress(1800, 3600, 6.0, Duration.ofMinutes(5));

    @Test
    void aLongNameIsShortenedSoThatTheBarNeverWraps() {
        String name = "A very long movie title " + "x".repeat(300) + " - final cut.mp4";

        for (int columns : new int[] {20, 40, 80, 200}) {
            String line = ProgressPrinter.bar(name, half, columns);

            assertThat(line.length()).as("columns " + columns).isLessThan(columns);
        }
        assertThat(ProgressPrinter.bar(name, half, 120)).startsWith("A very long").contains("...")
                .contains("final cut.mp4 [###").endsWith(ProgressPrinter.describe(half));
    }

    @Test
    void aShortNameIsShownWhole() {
        assertThat(ProgressPrinter.bar("film.mp4", half, 100)).startsWith("film.mp4 [###############...............] ");
    }

    @Test
    void quietPrintsNothing() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), ProgressPrinter.Mode.QUIET, "film.mp4");

        printer.progress(half);
        printer.finish();

        assertThat(err.toString()).isEmpty();
    }
}
