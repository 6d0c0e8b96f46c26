package org.kissdetect.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    void hoursAreNotPaddedMinutesAndSecondsAre() {
        assertThat(Clock.hoursMinutesSeconds(0)).isEqualTo("0:00:00");
        assertThat(Clock.hoursMinutesSeconds(3723)).isEqualTo("1:02:03");
        assertThat(Clock.hoursMinutesSeconds(36_000 * 3 + 59)).isEqualTo("30:00:59");
    }

    @Test
    void minutesSecondsKeepsCountingMinutesPastAnHour() {
        assertThat(Clock.minutesSeconds(59)).isEqualTo("0:59");
        assertThat(Clock.minutesSeconds(3723)).isEqualTo("62:03");
    }

    @Test
    void millisecondsArePaddedAndNegativePositionsSigned() {
        assertThat(Clock.withMillis(3_723_004)).isEqualTo("01:02:03.004");
        assertThat(Clock.withMillis(0)).isEqualTo("00:00:00.000");
        assertThat(Clock.withMillis(-1_500)).isEqualTo("-00:00:01.500");
    }

    @Test
    void digitsStayAsciiWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(Clock.hoursMinutesSeconds(3723)).isEqualTo("1:02:03");
            assertThat(Clock.withMillis(3_723_004)).isEqualTo("01:02:03.004");
        } finally {
            Locale.setDefault(before);
        }
    }
}
