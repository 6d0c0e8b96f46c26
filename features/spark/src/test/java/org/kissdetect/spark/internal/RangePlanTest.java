package org.kissdetect.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.SecondRange;

class RangePlanTest {

    @Test
    void aShortFilmIsOneRangeToTheEnd() {
        assertThat(RangePlan.of(600, 640)).containsExactly(SecondRange.from(0));
        assertThat(RangePlan.of(0, 640)).containsExactly(SecondRange.from(0));
    }

    @Test
    void aLongFilmIsCutIntoAlignedRangesTheLastRunningToTheEnd() {
        assertThat(RangePlan.of(7200, 600)).hasSize(12).startsWith(new SecondRange(0, 640), new SecondRange(640, 1280))
                .endsWith(SecondRange.from(7040));
    }

    @Test
    void shortRangesAreTakenAsAsked() {
        assertThat(RangePlan.of(42, 16)).containsExactly(new SecondRange(0, 16), new SecondRange(16, 32),
                SecondRange.from(32));
        assertThat(RangePlan.of(32, 16)).containsExactly(new SecondRange(0, 16), SecondRange.from(16));
    }

    @Test
    void aRangeLastsASecondAtLeast() {
        assertThatThrownBy(() -> RangePlan.of(10, 0)).hasMessageContaining("at least one second");
    }

    @Test
    void withoutBeingAskedFilmsAreSplitOnlyAsFarAsTheSlotsNeed() {
        // 600 two-hour films on 256 slots: a film a task.
        assertThat(RangePlan.automaticLength(600L * 7200, 256)).isGreaterThanOrEqualTo(7200);
        // Four two-hour films on 64 slots: ranges of the shortest automatic length.
        assertThat(RangePlan.automaticLength(4L * 7200, 64)).isEqualTo(640);
        // One film on 2 slots: about two ranges a slot.
        assertThat(RangePlan.automaticLength(7200, 2)).isEqualTo(1856);
    }
}
