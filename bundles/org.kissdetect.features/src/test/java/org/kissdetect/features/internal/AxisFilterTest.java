package org.kissdetect.features.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AxisFilterTest {

    @Test
    void theSameSizeCopiesPixels() {
        AxisFilter filter = AxisFilter.of(0, 455, 455, 115, 224);

        assertThat(filter.isCopy()).isTrue();
        assertThat(filter.firstInput()).isEqualTo(115);
        assertThat(filter.windowStart(223)).isEqualTo(115 + 223);
    }

    @Test
    void halvingAveragesWithATriangleTwoPixelsWide() {
        // Pillow / PyTorch antialias: output 0 of 4 -> 2 is centred at 1.0 with support 2: inputs 0, 1, 2
        // weighted 0.75, 0.75, 0.25 before normalising.
        AxisFilter filter = AxisFilter.of(0, 4, 2, 0, 2);

        assertThat(filter.windowStart(0)).isZero();
        assertThat(filter.windowLength(0)).isEqualTo(3);
        assertThat(filter.weight(0, 0)).isCloseTo(3f / 7, within(1e-7f));
        assertThat(filter.weight(0, 1)).isCloseTo(3f / 7, within(1e-7f));
        assertThat(filter.weight(0, 2)).isCloseTo(1f / 7, within(1e-7f));
        assertThat(filter.isCopy()).isFalse();
    }

    @Test
    void doublingInterpolatesBetweenNeighboursAndClampsAtTheEdges() {
        AxisFilter filter = AxisFilter.of(0, 3, 6, 0, 6);

        // Output 0 is centred at 0.25: only input 0 lies in the window once clamped.
        assertThat(filter.windowLength(0)).isEqualTo(1);
        assertThat(filter.weight(0, 0)).isEqualTo(1f);
        // Output 1 is centred at 0.75: inputs 0 and 1 weighted 0.75 and 0.25.
        assertThat(filter.windowStart(1)).isZero();
        assertThat(filter.weight(1, 0)).isCloseTo(0.75f, within(1e-7f));
        assertThat(filter.weight(1, 1)).isCloseTo(0.25f, within(1e-7f));
    }

    @Property(tries = 500)
    void weightsAreConvexAndWindowsStayInTheSource(@ForAll @IntRange(min = 1, max = 2000) int source,
            @ForAll @IntRange(min = 1, max = 600) int scaled, @ForAll @IntRange(min = 0, max = 500) int start) {
        AxisFilter filter = AxisFilter.of(start, source, scaled, 0, scaled);

        for (int o = 0; o < scaled; o++) {
            double sum = 0;
            for (int t = 0; t < filter.windowLength(o); t++) {
                assertThat(filter.weight(o, t)).isGreaterThanOrEqualTo(0f);
                sum += filter.weight(o, t);
            }
            assertThat(sum).isCloseTo(1, within(1e-5));
            assertThat(filter.windowStart(o)).isGreaterThanOrEqualTo(start);
            assertThat(filter.windowStart(o) + filter.windowLength(o)).isLessThanOrEqualTo(start + source);
        }
    }

    @Test
    void outputsOutsideTheScaledLineAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> AxisFilter.of(0, 300, 256, 40, 224))
                .withMessageContaining("[40, 264) of 300 pixels scaled to 256");
    }
}
