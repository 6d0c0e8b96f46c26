package org.kissdetect.resnet3d.internal.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The report's arithmetic, from made-up timings: nothing is measured here. */
class Resnet3dBenchmarksTest {

    @Test
    void clipsPerSecondAndTheRatioComeFromTheMeanMillisecondsOfEachCall() {
        StringWriter text = new StringWriter();

        Resnet3dBenchmarks.report(Map.of(Resnet3dBenchmarks.key("bare", 112, 4), 400.0,
                Resnet3dBenchmarks.key("loaded", 112, 4), 500.0, Resnet3dBenchmarks.key("bare", 224, 1), 250.0),
                new PrintWriter(text, true));

        assertThat(text.toString().lines()).containsExactly(
                "  side  batch     bare clips/s   loaded clips/s    vs bare",
                "   112      4            10.00             8.00      0.80x");
    }
}
