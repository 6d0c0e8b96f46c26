package org.kissdetect.segment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.segment.SegmentationParameters;

/** What {@code bench segment} measures and compares with, not how fast it is. */
class SceneFinderBenchmarkTest {

    @Test
    void theBaselineCountsTheSpansLongAndKissingEnough() {
        // Spans of at least 2 s of 1,1,0,1: [0,2) 100 %, [0,4) 75 % qualify; [0,3) and [1,4) 67 %, [1,3), [2,4) 50 % do not.
        float[] p = {1, 1, 0, 1};

        assertThat(SceneFinderBenchmark.qualifyingSpans(p, new SegmentationParameters(2, 0.7, 0.5))).isEqualTo(2);
        assertThat(SceneFinderBenchmark.qualifyingSpans(p, new SegmentationParameters(2, 0.5, 0.5))).isEqualTo(6);
        assertThat(SceneFinderBenchmark.qualifyingSpans(p, new SegmentationParameters(5, 0.1, 0.5))).isZero();
    }

    @Test
    void everyPatternTheBenchmarkNamesIsAFilmOfTheGivenLength() throws Exception {
        Map<String, float[]> patterns = SegmentationPatterns.of(100);
        String[] named = SceneFinderBenchmark.class.getField("pattern")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();

        assertThat(patterns.keySet()).containsExactly(named);
        patterns.values().forEach(p -> assertThat(p).hasSize(100));
        assertThat(patterns.get("all-kissing")).containsOnly(1f);
        assertThat(patterns.get("blocks-10-on-9-off")).startsWith(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        assertThat(SegmentationPatterns.of(100).get("random-probabilities")).isEqualTo(patterns.get("random-probabilities"));
    }

    @Test
    void theFilmLengthIsAPositiveWholeNumber() {
        assertThat(SegmentationBenchmarks.seconds(new String[0])).isEqualTo(10_800);
        assertThat(SegmentationBenchmarks.seconds(new String[] {"600"})).isEqualTo(600);
        assertThatThrownBy(() -> SegmentationBenchmarks.seconds(new String[] {"soon"}))
                .hasMessage("'soon' is not a number of seconds");
        assertThatThrownBy(() -> SegmentationBenchmarks.seconds(new String[] {"0"}))
                .hasMessage("the film must last at least 1 second, got 0");
    }
}
