package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.synthetic.SecondSpan;

class DemoComparisonTest {

    @Test
    void tableMatchesEachTrueSceneOnceAndListsMissesAndExtras() {
        List<SecondSpan> truth = List.of(new SecondSpan(18, 37), new SecondSpan(64, 78), new SecondSpan(110, 133));
        List<Scene> detected = List.of(new Scene(18, 38, 0.95), new Scene(90, 101, 0.8), new Scene(112, 133, 0.9));

        String table = DemoComparison.table(detected, truth);

        assertThat(table).containsPattern("0:18 - 0:38 \\(20s\\) +0:18 - 0:39 \\(21s\\) +0\\.95")
                .containsPattern("1:04 - 1:19 \\(15s\\) +\\(missed\\)")
                .containsPattern("1:50 - 2:14 \\(24s\\) +1:52 - 2:14 \\(22s\\) +0\\.92")
                .containsPattern("\\(none\\) +1:30 - 1:42 \\(12s\\)")
                .contains("2 of 3 true scenes found at IoU >= 0.5; 1 detected scenes match none");
    }
}
