package org.kissdetect.segment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.stream.Stream;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SceneFinderTest {

    private static final SegmentationParameters M4_T07 = new SegmentationParameters(4, 0.7, 0.5);

    static Stream<Arguments> examplesFromTheIssue() {
        return Stream.of(
                Arguments.of(new float[] {1, 1, 0, 1, 0, 0, 1, 0, 1}, List.of(span(0, 3))),
                Arguments.of(new float[] {1, 1, 0, 1, 1, 0, 1, 0, 1}, List.of(span(0, 6))),
                Arguments.of(new float[] {1, 1, 0, 1, 1, 0, 1, 1, 1}, List.of(span(0, 8))),
                Arguments.of(new float[] {1, 1, 1, 0, 1}, List.of(span(0, 4))),
                Arguments.of(new float[] {0, 0, 0, 0, 0}, List.of()),
                Arguments.of(new float[] {1, 1, 1, 1, 1, 1, 1, 0, 0, 0}, List.of(span(0, 6))));
    }

    @ParameterizedTest
    @MethodSource("examplesFromTheIssue")
    void findsTheScenesOfTheWorkedExamples(float[] probabilities, List<int[]> expected) {
        List<Scene> scenes = SceneFinder.find(probabilities, M4_T07);

        assertThat(scenes).extracting(s -> new int[] {s.start(), s.end()}).containsExactlyElementsOf(expected);
    }

    @Test
    void confidenceIsTheMeanProbabilityInsideTheScene() {
        float[] p = {0.9f, 0.8f, 0.2f, 0.7f, 0f};

        List<Scene> scenes = SceneFinder.find(p, M4_T07);

        assertThat(scenes).singleElement().satisfies(s -> {
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(3);
            assertThat(s.confidence()).isCloseTo((0.9 + 0.8 + 0.2 + 0.7) / 4, offset(1e-6));
        });
    }

    @Test
    void exactlyTheMinimumFractionQualifies() {
        // 7 kissing seconds out of 10 is exactly 0.7: in, although 0.7 is not exact in binary.
        float[] p = {1, 1, 1, 0, 1, 0, 1, 0, 1, 1};

        assertThat(SceneFinder.find(p, new SegmentationParameters(10, 0.7, 0.5))).extracting(Scene::seconds)
                .containsExactly(10);
        assertThat(SceneFinder.find(p, new SegmentationParameters(10, 0.7000001, 0.5))).isEmpty();
    }

    @Test
    void aProbabilityAtTheThresholdIsKissing() {
        float[] p = {0.5f, 0.5f};

        assertThat(SceneFinder.find(p, new SegmentationParameters(2, 1.0, 0.5))).hasSize(1);
        assertThat(SceneFinder.find(p, new SegmentationParameters(2, 1.0, 0.50001))).isEmpty();
    }

    @Test
    void nothingShorterThanTheMinimumLength() {
        assertThat(SceneFinder.find(new float[] {1, 1, 1}, M4_T07)).isEmpty();
        assertThat(SceneFinder.find(new float[0], M4_T07)).isEmpty();
    }

    @Test
    void aNanProbabilityIsRejectedNamingTheSecond() {
        float[] p = {1, 1, Float.NaN, 1};

        assertThatThrownBy(() -> SceneFinder.find(p, M4_T07)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("second 2").hasMessageContaining("NaN");
    }

    @Test
    void anOutOfRangeProbabilityIsRejectedNamingTheValue() {
        float[] p = {1, 1.5f};

        assertThatThrownBy(() -> SceneFinder.find(p, M4_T07)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("second 1").hasMessageContaining("1.5");
    }

    private static int[] span(int start, int end) {
        return new int[] {start, end};
    }
}
