package org.kissdetect.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameRateTest {

    @Test
    void broadcastRatesAreExactFractions() {
        assertThat(FrameRate.of(23.976)).isEqualTo(new FrameRate(24000, 1001));
        assertThat(FrameRate.of(29.97002997)).isEqualTo(new FrameRate(30000, 1001));
        assertThat(FrameRate.of(59.94)).isEqualTo(new FrameRate(60000, 1001));
        assertThat(FrameRate.of(25.0)).isEqualTo(new FrameRate(25, 1));
    }

    @Test
    void otherRatesKeepAThousandthOfAFrame() {
        assertThat(FrameRate.of(12.5)).isEqualTo(new FrameRate(25, 2));
        assertThat(FrameRate.of(15.0)).isEqualTo(new FrameRate(15, 1));
    }

    @Test
    void aSecondStartsAtTheFirstFrameShownAtOrAfterIt() {
        FrameRate ntsc = FrameRate.of(29.97);

        assertThat(ntsc.firstFrameAtOrAfter(0)).isZero();
        assertThat(ntsc.firstFrameAtOrAfter(10)).isEqualTo(300); // frame 299 is shown at 9.977 s
        assertThat(ntsc.firstFrameAtOrAfter(1001)).isEqualTo(30000);
        assertThat(FrameRate.of(25).firstFrameAtOrAfter(10)).isEqualTo(250);
    }

    @Test
    void fcpxmlTimesAreExactMultiplesOfTheFrameDuration() {
        FrameRate ntsc = FrameRate.of(29.97);

        assertThat(ntsc.rationalSeconds(1)).isEqualTo("1001/30000s");
        assertThat(ntsc.rationalSeconds(300)).isEqualTo("1001/100s");
        assertThat(ntsc.rationalSeconds(0)).isEqualTo("0s");
        assertThat(FrameRate.of(25).rationalSeconds(250)).isEqualTo("10s");
    }

    @Test
    void impossibleRatesAreRejected() {
        assertThatThrownBy(() -> FrameRate.of(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> FrameRate.of(Double.NaN)).hasMessageContaining("NaN");
    }
}
