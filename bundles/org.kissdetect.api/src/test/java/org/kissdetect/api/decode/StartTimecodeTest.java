package org.kissdetect.api.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SMPTE timecode labels and the frames they count, drop-frame included. */
class StartTimecodeTest {

    @Test
    void nonDropFrameCountsEveryLabel() {
        StartTimecode timecode = StartTimecode.parse("14:23:10:05", 25);

        assertThat(timecode.frameNumber()).isEqualTo(((14 * 60 + 23) * 60 + 10) * 25L + 5);
        assertThat(timecode).hasToString("14:23:10:05");
        assertThat(timecode.dropFrame()).isFalse();
    }

    @Test
    void dropFrameSkipsTwoLabelsAMinuteButEveryTenth() {
        assertThat(StartTimecode.parse("00:01:00;02", 30).frameNumber()).isEqualTo(1800);
        assertThat(StartTimecode.parse("00:10:00;00", 30).frameNumber()).as("ten minutes of 29.97").isEqualTo(17_982);
        assertThat(StartTimecode.parse("01:00:00;00", 30).frameNumber()).isEqualTo(107_892);
        assertThat(StartTimecode.parse("00:01:00;04", 60).frameNumber()).as("four labels at 59.94").isEqualTo(3600);
        assertThat(StartTimecode.parse("10:00:00.00", 30)).hasToString("10:00:00;00");
    }

    @Test
    void labelsThatCannotBeAreRefused() {
        assertThatThrownBy(() -> StartTimecode.parse("00:01:00;01", 30)).hasMessageContaining("skips");
        assertThatThrownBy(() -> StartTimecode.parse("00:00:00;00", 25)).hasMessageContaining("drop-frame");
        assertThatThrownBy(() -> StartTimecode.parse("00:00:00:25", 25)).hasMessageContaining("no timecode");
        assertThatThrownBy(() -> StartTimecode.parse("24:00:00:00", 25)).hasMessageContaining("no timecode");
        assertThatThrownBy(() -> StartTimecode.parse("sometime", 25)).hasMessageContaining("'sometime'");
        assertThatThrownBy(() -> StartTimecode.parse(null, 25)).isInstanceOf(IllegalArgumentException.class);
    }
}
