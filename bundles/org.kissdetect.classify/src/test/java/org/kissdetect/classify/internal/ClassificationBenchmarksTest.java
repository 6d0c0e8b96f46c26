package org.kissdetect.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How {@code bench classify} turns JMH's times into samples per second and the ratio to its baseline. */
class ClassificationBenchmarksTest {

    @Test
    void theServiceIsComparedWithBothPassesInTurnTheFoldedResNetWithTheSavedOne() {
        StringWriter report = new StringWriter();

        // Batch 8: ResNet 250 ms as saved (32 images/s), 200 ms folded (40 images/s, 1.25x), VGGish 100 ms
        // (80 patches/s): both in turn, folded, 26.7/s; the service 320 ms (25/s).
        ClassificationBenchmarks.report(Map.of("resnet18/8", 250.0, "resnet18-folded/8", 200.0, "vggish/8", 100.0,
                "classifier/8", 320.0), new PrintWriter(report, true));

        assertThat(report.toString()).containsPattern(" +8 +32\\.0 +40\\.0 +1\\.25x +80\\.0 +26\\.7 +25\\.0 +0\\.94x")
                .doesNotContainPattern("(?m)^ +1 ").doesNotContainPattern("(?m)^ +32 ");
    }
}
