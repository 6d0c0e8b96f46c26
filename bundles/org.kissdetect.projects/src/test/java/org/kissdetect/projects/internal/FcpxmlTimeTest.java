package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** FCPXML's rational times, as Final Cut Pro and DaVinci Resolve write them. */
class FcpxmlTimeTest {

    @Test
    void timesAreReadExactlyInEveryEditorsSpelling() {
        assertThat(FcpxmlTime.parse("1001/30000s")).isEqualTo(new FcpxmlTime(1001, 30000));
        assertThat(FcpxmlTime.parse("10s").seconds()).isEqualTo(10);
        assertThat(FcpxmlTime.parse("0s")).isEqualTo(FcpxmlTime.ZERO);
        assertThat(FcpxmlTime.parse("3600/1s")).as("DaVinci Resolve").isEqualTo(FcpxmlTime.parse("3600s"));
        assertThat(FcpxmlTime.parse("90100/2500s")).isEqualTo(new FcpxmlTime(901, 25));
        assertThat(FcpxmlTime.parse("2.5s")).isEqualTo(new FcpxmlTime(5, 2));
        assertThat(FcpxmlTime.parse("-0.5s")).isEqualTo(new FcpxmlTime(-1, 2));
    }

    @Test
    void sumsStayExactAndAreWrittenReduced() {
        FcpxmlTime frame = FcpxmlTime.parse("1001/30000s");

        assertThat(FcpxmlTime.parse("3610s").plus(frame.times(60))).hasToString("1806001/500s");
        assertThat(FcpxmlTime.parse("36030s").minus(FcpxmlTime.parse("100/2500s").times(25))).hasToString("36029s");
        assertThat(FcpxmlTime.parse("1/3s").compareTo(FcpxmlTime.parse("1/4s"))).isPositive();
    }

    @Test
    void whatIsNoTimeOrAnAbsurdOneIsRefused() {
        assertThatThrownBy(() -> FcpxmlTime.parse("10")).hasMessageContaining("no FCPXML time");
        assertThatThrownBy(() -> FcpxmlTime.parse("1/0s")).hasMessageContaining("no meaning");
        assertThatThrownBy(() -> FcpxmlTime.parse("99999999999999999999s")).hasMessageContaining("beyond belief");
        assertThatThrownBy(() -> FcpxmlTime.parse("-9223372036854775808s")).hasMessageContaining("beyond belief");
    }
}
