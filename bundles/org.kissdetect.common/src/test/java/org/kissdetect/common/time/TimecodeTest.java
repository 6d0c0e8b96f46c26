package org.kissdetect.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimecodeTest {

    @ParameterizedTest(name = "{0} fps: one hour of frames reads {2}")
    @CsvSource({
        "23.976, false, 01:00:00:00, 86400",
        "24,     false, 01:00:00:00, 86400",
        "25,     false, 01:00:00:00, 90000",
        "29.97,  false, 01:00:00:00, 108000",
        "29.97,  true,  01:00:00;00, 107892",
        "30,     false, 01:00:00:00, 108000",
        "50,     false, 01:00:00:00, 180000",
        "59.94,  false, 01:00:00:00, 216000",
        "59.94,  true,  01:00:00;00, 215784",
        "60,     false, 01:00:00:00, 216000"})
    void everyBroadcastRateCountsItsHour(double fps, boolean dropFrame, String expected, long frames) {
        FrameRate rate = FrameRate.of(fps);

        assertThat(Timecode.of(frames, rate, dropFrame)).isEqualTo(expected);
        assertThat(Timecode.framesOfHours(1, rate, dropFrame)).isEqualTo(frames);
        assertThat(Timecode.of(frames - 1, rate, dropFrame)).startsWith("00:59:59");
    }

    @Test
    void dropFrameSkipsTheFirstTwoNumbersOfEveryMinuteButTheTenth() {
        FrameRate ntsc = FrameRate.of(29.97);

        assertThat(Timecode.of(1799, ntsc, true)).isEqualTo("00:00:59;29");
        assertThat(Timecode.of(1800, ntsc, true)).isEqualTo("00:01:00;02");
        assertThat(Timecode.of(17981, ntsc, true)).isEqualTo("00:09:59;29");
        assertThat(Timecode.of(17982, ntsc, true)).isEqualTo("00:10:00;00");
        assertThat(Timecode.of(17982 + 1800, ntsc, true)).isEqualTo("00:11:00;02");
    }

    @Test
    void aLabelReadsBackAsTheFrameItWasWrittenFor() {
        FrameRate ntsc = FrameRate.of(29.97);

        assertThat(Timecode.frameOf(0, 1, 0, 2, ntsc, true)).isEqualTo(1800);
        assertThat(Timecode.frameOf(0, 10, 0, 0, ntsc, true)).isEqualTo(17982);
        assertThat(Timecode.frameOf(0, 1, 0, 2, ntsc, false)).isEqualTo(1802);
        assertThat(Timecode.frameOf(14, 23, 10, 5, FrameRate.of(25), false)).isEqualTo(
                ((14 * 60 + 23) * 60 + 10) * 25L + 5);
        for (long frame = 0; frame < 40_000; frame += 7) {
            String[] label = Timecode.of(frame, ntsc, true).split("[:;]");
            assertThat(Timecode.frameOf(Integer.parseInt(label[0]), Integer.parseInt(label[1]),
                    Integer.parseInt(label[2]), Integer.parseInt(label[3]), ntsc, true)).isEqualTo(frame);
        }
    }

    @Test
    void dropFrameDoesNotDriftFromTheClockOverThreeHoursAt2997() {
        FrameRate ntsc = FrameRate.of(29.97);
        double oneFrame = 1001.0 / 30000;
        double worstDropFrame = 0;
        double worstAtTenMinuteMarks = 0;
        double worstNonDrop = 0;
        for (long second = 0; second <= 3 * 3600; second++) {
            long frame = ntsc.firstFrameAtOrAfter(second);
            double dropFrameError = Math.abs(readSeconds(Timecode.of(frame, ntsc, true), 30) - second);
            worstDropFrame = Math.max(worstDropFrame, dropFrameError);
            if (second % 600 == 0) {
                worstAtTenMinuteMarks = Math.max(worstAtTenMinuteMarks, dropFrameError);
            }
            worstNonDrop = Math.max(worstNonDrop, Math.abs(readSeconds(Timecode.of(frame, ntsc, false), 30) - second));
        }
        assertThat(Timecode.of(3 * 107_892, ntsc, true)).isEqualTo("03:00:00;00");
        // Between corrections the label wanders by under 2 frames, and every ten minutes it is back on the clock.
        assertThat(worstDropFrame).as("drop-frame error in seconds").isLessThan(0.1 + oneFrame);
        assertThat(worstAtTenMinuteMarks).as("drop-frame error at 10-minute marks").isLessThan(oneFrame);
        assertThat(worstNonDrop).as("non-drop timecode falls 3.6 s an hour behind").isGreaterThan(10.0);
    }

    @Test
    void dropFrameIsIgnoredWhereItDoesNotExist() {
        assertThat(Timecode.of(250, FrameRate.of(25), true)).isEqualTo("00:00:10:00");
    }

    @Test
    void negativeFramesAreRejected() {
        assertThatThrownBy(() -> Timecode.of(-1, FrameRate.of(25), false)).hasMessageContaining("-1");
    }

    @Test
    void digitsStayAsciiWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(Timecode.of(3 * 25 + 2, FrameRate.of(25), false)).isEqualTo("00:00:03:02");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Reads a timecode as the wall-clock seconds its label claims (labels count nominal frames). */
    private static double readSeconds(String timecode, int nominal) {
        String[] parts = timecode.split("[:;]");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Integer.parseInt(parts[2])
                + Integer.parseInt(parts[3]) / (double) nominal;
    }
}
