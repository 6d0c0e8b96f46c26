package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How {@code bench classify} turns JMH's times into samples per second and the ratio to its baseline. */
class ClassificationBenchmarksTest {

    @Test
    void theServiceIsComparedWithBothPassesInTurn() {
        StringWriter report = new StringWriter();

        // Batch 8: ResNet 200 ms (40 images/s), VGGish 100 ms (80 patches/s): both in turn 26.7/s; the service 320 ms (25/s).
        ClassificationBenchmarks.report(Map.of("resnet18/8", 200.0, "vggish/8", 100.0, "classifier/8", 320.0),
                new PrintWriter(report, true));

        assertThat(report.toString()).containsPattern(" +8 +40\\.0 +80\\.0 +26\\.7 +25\\.0 +0\\.94x")
                .doesNotContainPattern("(?m)^ +1 ").doesNotContainPattern("(?m)^ +32 ");
    }
}
