package org.kissdetect.segment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SceneFinderPropertiesTest {

    @Property(tries = 5000)
    void agreesWithTheBruteForceOracle(@ForAll("probabilities") float[] p, @ForAll("parameters") SegmentationParameters parameters) {
        List<Scene> fast = SceneFinder.find(p, parameters);
        List<Scene> oracle = BruteForceSegmenter.segment(p, parameters);

        assertThat(fast).extracting(Scene::start, Scene::end)
                .containsExactlyElementsOf(oracle.stream().map(s -> tuple(s.start(), s.end())).toList());
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.get(i).confidence()).isCloseTo(oracle.get(i).confidence(), offset(1e-9));
        }
    }

    @Property(tries = 1000)
    void scenesAreOrderedDisjointAndQualify(@ForAll("probabilities") float[] p, @ForAll("parameters") SegmentationParameters parameters) {
        List<Scene> scenes = SceneFinder.find(p, parameters);

        int previousEnd = -1;
        for (Scene scene : scenes) {
            assertThat(scene.start()).isGreaterThan(previousEnd);
            assertThat(scene.seconds()).isGreaterThanOrEqualTo(parameters.minSeconds());
            assertThat(p[scene.start()]).isGreaterThanOrEqualTo((float) parameters.threshold());
            assertThat(p[scene.end()]).isGreaterThanOrEqualTo((float) parameters.threshold());
            previousEnd = scene.end();
        }
    }

    @Provide
    Arbitrary<float[]> probabilities() {
        Arbitrary<Float> binary = Arbitraries.of(0f, 1f);
        Arbitrary<Float> graded = Arbitraries.of(0f, 0.25f, 0.5f, 0.75f, 1f);
        Arbitrary<Float> any = Arbitraries.floats().between(0f, 1f);
        return Arbitraries.oneOf(sequences(binary), sequences(graded), sequences(any));
    }

    private static Arbitrary<float[]> sequences(Arbitrary<Float> values) {
        return values.array(float[].class).ofMinSize(0).ofMaxSize(60);
    }

    @Provide
    Arbitrary<SegmentationParameters> parameters() {
        Arbitrary<Integer> minSeconds = Arbitraries.integers().between(1, 20);
        // Boundary fractions (exact ratios of small counts) next to arbitrary ones.
        Arbitrary<Double> fraction = Arbitraries.oneOf(
                Arbitraries.of(0.1, 0.2, 0.25, 1.0 / 3, 0.5, 0.6, 2.0 / 3, 0.7, 0.75, 0.8, 0.9, 1.0),
                Arbitraries.doubles().between(0.01, 1.0));
        Arbitrary<Double> threshold = Arbitraries.oneOf(Arbitraries.of(0.0, 0.25, 0.5, 0.75, 1.0),
                Arbitraries.doubles().between(0, 1));
        return Combinators.combine(minSeconds, fraction, threshold).as(SegmentationParameters::new);
    }
}
