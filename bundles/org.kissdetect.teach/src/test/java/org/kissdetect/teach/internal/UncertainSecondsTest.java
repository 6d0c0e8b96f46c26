package org.kissdetect.teach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.teach.UncertainSpan;

class UncertainSecondsTest {

    @Test
    void theSecondsNearestTheThresholdComeFirstJoinedIntoSpans() {
        float[] p = new float[40];
        java.util.Arrays.fill(p, 0.02f);
        for (int k = 10; k < 14; k++) {
            p[k] = 0.5f;
        }
        p[30] = 0.62f;
        p[31] = 0.6f;

        List<UncertainSpan> spans = UncertainSeconds.of(p, 0.5, 5);

        assertThat(spans).hasSize(2);
        assertThat(spans.get(0)).extracting(UncertainSpan::start, UncertainSpan::end).containsExactly(10, 14);
        assertThat(spans.get(0).probability()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(spans.get(1)).extracting(UncertainSpan::start, UncertainSpan::end).containsExactly(30, 32);
    }

    @Test
    void aModelSureOfEverySecondSuggestsNothingAndSpansAreCappedInNumberAndLength() {
        float[] sure = {0.01f, 0.99f, 0.02f, 0.98f};
        assertThat(UncertainSeconds.of(sure, 0.5, 3)).isEmpty();

        float[] unsure = new float[100];
        java.util.Arrays.fill(unsure, 0.5f);
        List<UncertainSpan> spans = UncertainSeconds.of(unsure, 0.5, 3);
        assertThat(spans).hasSize(3).allMatch(s -> s.end() - s.start() <= UncertainSeconds.LONGEST);
        for (int i = 1; i < spans.size(); i++) {
            for (int j = 0; j < i; j++) {
                UncertainSpan a = spans.get(i);
                UncertainSpan b = spans.get(j);
                assertThat(a.end() < b.start() || b.end() < a.start()).as("spans keep a second apart").isTrue();
            }
        }
    }
}
