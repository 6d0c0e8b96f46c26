package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;

class SecondAssemblerTest {

    private static final RgbImage A = new RgbImage(1, 1, new byte[] {1, 1, 1});
    private static final RgbImage B = new RgbImage(1, 1, new byte[] {2, 2, 2});

    @Test
    void aSecondWaitsUntilBothStreamsPassedItsEnd() {
        SecondAssembler seconds = new SecondAssembler(1);
        seconds.still(0, A, List.of(), 0.96);
        seconds.videoReached(1.0);

        assertThat(seconds.poll()).as("sound still short of 1 s").isEmpty();

        seconds.audio(0, 0, new float[AudioWindows.RATE], AudioWindows.RATE, 1f);
        SecondSample second = seconds.poll().orElseThrow();
        assertThat(second.still()).isSameAs(A);
        assertThat(second.frameReused()).isFalse();
        assertThat(second.audioMissing()).isFalse();
    }

    @Test
    void aSecondWithoutAPictureReusesThePreviousOne() {
        SecondAssembler seconds = new SecondAssembler(0);
        seconds.still(0, A, List.of(), 0.5);
        seconds.still(2, B, List.of(), 2.5);
        seconds.end(3.0);

        assertThat(seconds.poll().orElseThrow().still()).isSameAs(A);
        SecondSample gap = seconds.poll().orElseThrow();
        assertThat(gap.still()).isSameAs(A);
        assertThat(gap.frameReused()).isTrue();
        assertThat(gap.stillSeconds()).isEqualTo(0.5);
        assertThat(seconds.poll().orElseThrow().still()).isSameAs(B);
        assertThat(seconds.finished()).isTrue();
    }

    @Test
    void aSecondThatReusesTheStillReusesItsClip() {
        SecondAssembler seconds = new SecondAssembler(0);
        seconds.still(0, A, List.of(B, A), 0.5);
        seconds.still(2, B, List.of(A, B), 2.5);
        seconds.end(3.0);

        assertThat(seconds.poll().orElseThrow().clip()).containsExactly(B, A);
        SecondSample gap = seconds.poll().orElseThrow();
        assertThat(gap.frameReused()).isTrue();
        assertThat(gap.clip()).containsExactly(B, A);
        assertThat(seconds.poll().orElseThrow().clip()).containsExactly(A, B);
    }

    @Test
    void soundIsPlacedByItsTimeAndAGapIsSilenceFlaggedAsMissing() {
        SecondSample[] out = new SecondSample[3];
        SecondAssembler seconds = new SecondAssembler(1);
        seconds.still(0, A, List.of(), 0);
        float[] ones = new float[100];
        java.util.Arrays.fill(ones, 1f);
        seconds.audio(0, AudioWindows.RATE * 2 + 1000, ones, ones.length, 1f);
        seconds.end(3.0);
        for (int k = 0; k < 3; k++) {
            out[k] = seconds.poll().orElseThrow();
        }

        assertThat(out[0].audioMissing()).isTrue();
        assertThat(out[1].audioMissing()).isTrue();
        assertThat(out[2].audioMissing()).isFalse();
        assertThat(out[2].audio()[1000 - AudioWindows.WINDOW_OFFSET]).isEqualTo(1f);
        assertThat(out[2].audio()[1000 - AudioWindows.WINDOW_OFFSET - 1]).isZero();
    }

    @Test
    void whenTheFileRunsFarAheadAStreamThatStoppedNoLongerHoldsSecondsBack() {
        SecondAssembler seconds = new SecondAssembler(1);
        seconds.still(0, A, List.of(), 0.5);
        seconds.videoReached(12);
        assertThat(seconds.poll()).isEmpty();

        seconds.fileReached(1 + SecondAssembler.INTERLEAVE_SECONDS);

        assertThat(seconds.poll().orElseThrow().audioMissing()).isTrue();
    }

    @Test
    void startedAtALaterSecondTheLastEarlierPictureIsTheStillToReuseAndEarlierSoundGoesUnremarked() {
        SecondAssembler seconds = new SecondAssembler(1, 10);
        seconds.still(7, B, List.of(), 7.5);
        seconds.still(8, A, List.of(), 8.25);
        seconds.audio(0, 7L * AudioWindows.RATE, new float[4 * AudioWindows.RATE], 4 * AudioWindows.RATE, 1f);
        seconds.still(11, B, List.of(), 11.5);
        seconds.audio(0, 11L * AudioWindows.RATE, new float[AudioWindows.RATE], AudioWindows.RATE, 1f);
        seconds.end(12.0);

        SecondSample first = seconds.poll().orElseThrow();
        assertThat(first.second()).isEqualTo(10);
        assertThat(first.still()).isSameAs(A);
        assertThat(first.frameReused()).isTrue();
        assertThat(first.stillSeconds()).isEqualTo(8.25);
        assertThat(first.audioMissing()).isFalse();
        assertThat(seconds.poll().orElseThrow().still()).isSameAs(B);
        assertThat(seconds.finished()).isTrue();
        assertThat(seconds.lateAudioSamples()).isZero();
    }
}
