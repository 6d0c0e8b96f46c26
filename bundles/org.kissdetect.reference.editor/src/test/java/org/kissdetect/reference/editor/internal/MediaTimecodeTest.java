package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.common.time.FrameRate;

class MediaTimecodeTest {

    @Test
    void aRecordedStartTimecodeIsWhereTimesCountFrom() {
        MediaTimecode tenHours = MediaTimecode.of("25/1", "10:00:00:00");

        assertThat(tenHours.recorded()).isTrue();
        assertThat(tenHours.format(0)).isEqualTo("10:00:00:00");
        assertThat(tenHours.format(12.5)).isEqualTo("10:00:12:12");
        assertThat(tenHours.format(3599.96)).isEqualTo("10:59:59:24");
    }

    @Test
    void dropFrameTimecodeIsReadAndWrittenAsSuch() {
        MediaTimecode drop = MediaTimecode.of("30000/1001", "01:00:00;00");

        assertThat(drop.rate()).isEqualTo(new FrameRate(30000, 1001));
        assertThat(drop.dropFrame()).isTrue();
        assertThat(drop.format(0)).isEqualTo("01:00:00;00");
        // 60 s are 1798 frames at 29.97, and minute 60 is a tenth minute: no frame numbers skipped in it.
        assertThat(drop.format(60)).isEqualTo("01:00:59;28");
        assertThat(MediaTimecode.of("30000/1001", "00:01:00;02").format(0)).as("the first label of minute 1")
                .isEqualTo("00:01:00;02");
    }

    @Test
    void withoutATimecodeTimesCountFromZeroAtTheFilmsRate() {
        MediaTimecode none = MediaTimecode.of("24000/1001", null);

        assertThat(none.recorded()).isFalse();
        assertThat(none.format(0)).isEqualTo("00:00:00:00");
        // 61.5 s are 1474 frames at 23.976, and timecode counts 24 a second: 61 s and 10 frames.
        assertThat(none.format(61.5)).isEqualTo("00:01:01:10");
        assertThat(MediaTimecode.of(null, null)).isEqualTo(MediaTimecode.UNKNOWN);
        assertThat(MediaTimecode.of("0/0", "junk").format(2)).isEqualTo("00:00:02:00");
        assertThat(MediaTimecode.of("25/1", "00:00:00:30").recorded()).as("no frame 30 at 25 fps").isFalse();
    }

    @Test
    void ffprobesLinesGiveTheVideoRateAndTheFirstTimecodeTag() {
        MediaTimecode probed = MediaTimecode.ofProbe(List.of("codec_type=audio", "r_frame_rate=0/0",
                "codec_type=video", "r_frame_rate=25/1", "TAG:timecode=09:59:50:00", "codec_type=data",
                "r_frame_rate=0/0", "TAG:timecode=01:00:00:00"));

        assertThat(probed.format(10)).isEqualTo("10:00:00:00");
        assertThat(MediaTimecode.ofProbe(List.of("codec_type=video", "r_frame_rate=50/1")).format(1.02))
                .isEqualTo("00:00:01:01");
    }
}
