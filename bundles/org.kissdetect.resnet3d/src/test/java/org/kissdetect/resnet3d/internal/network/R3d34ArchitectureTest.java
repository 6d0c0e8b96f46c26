package org.kissdetect.resnet3d.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.resnet3d.internal.R3d34Fixture;

/** The architecture as data names every tensor of Hara et al.'s two state-dict layouts, in their order. */
class R3d34ArchitectureTest {

    @Test
    void shortcutBListsTheKinetics700StateDict() {
        assertSameLayout(R3d34Architecture.tensors(Shortcut.B, 700), R3d34Fixture.load("shortcut_b").shapes());
    }

    @Test
    void shortcutAListsTheKinetics400StateDictWithoutDownsampling() {
        Map<String, int[]> tensors = R3d34Architecture.tensors(Shortcut.A, 400);

        assertSameLayout(tensors, R3d34Fixture.load("shortcut_a").shapes());
        assertThat(tensors.keySet()).noneMatch(name -> name.contains("downsample"));
    }

    @Test
    void shortcutTypesAreReadInEitherCaseAndNothingElse() {
        assertThat(Shortcut.of("a")).isEqualTo(Shortcut.A);
        assertThat(Shortcut.of("B")).isEqualTo(Shortcut.B);
        assertThatThrownBy(() -> Shortcut.of("C")).hasMessage("shortcut is 'C', expected A or B");
        assertThatThrownBy(() -> Shortcut.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameLayout(Map<String, int[]> actual, Map<String, int[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, shape) -> assertThat(actual.get(name)).as(name).containsExactly(shape));
    }
}
