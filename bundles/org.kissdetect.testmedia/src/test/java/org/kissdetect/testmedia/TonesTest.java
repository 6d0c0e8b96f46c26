package org.kissdetect.testmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TonesTest {

    @Property(tries = 40)
    void theFrequencyOfEverySecondIsMeasuredToWithinAHertz(@ForAll @IntRange(min = 0, max = 119) int second) {
        float[] window = Tones.samples(second * 16_000L + 640, 15_360, 16_000);

        assertThat(Tones.dominantHz(window, 16_000)).isCloseTo(Tones.hz(second), within(1.0));
    }

    @Test
    void neighbouringSecondsHaveDistinctTones() {
        assertThat(Tones.hz(1) - Tones.hz(0)).isEqualTo(50);
        assertThat(Tones.hz(119)).isLessThan(6_400);
    }

    @Test
    void theOnsetIsFoundToTheSample() {
        float[] window = Tones.samples(3 * 16_000L + 640, 15_360, 16_000);

        assertThat(Tones.onset(window)).isBetween(960, 965);
    }

    @Test
    void silenceHasNoOnsetAndNoFrequency() {
        float[] silence = new float[15_360];

        assertThat(Tones.onset(silence)).isEqualTo(-1);
        assertThat(Tones.dominantHz(silence, 16_000)).isNaN();
    }

    @Test
    void aMovieWithSoundFromTheStartPredictsOnsetsAtTheToneStart() {
        TestMovie movie = TestMovie.small();

        assertThat(movie.expectedOnset(1)).isEqualTo(960);
        assertThat(movie.withAudioFrom(0.5).expectedOnset(0)).isEqualTo(7_360);
        assertThat(movie.withAudioFrom(1.2).expectedAudioMissing(0)).isTrue();
        assertThat(movie.withoutAudio().expectedOnset(1)).isEqualTo(-1);
    }

    @Test
    void frameTimesFollowTheRateAndVariableRatesAreIrregular() {
        assertThat(TestMovie.small().frameTimes()).hasSize(75);
        double[] variable = TestMovie.small().withVariableFrameRate().frameTimes();
        double[] steps = new double[variable.length - 1];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = Math.round((variable[i + 1] - variable[i]) * 1000) / 1000.0;
        }
        assertThat(Arrays.stream(steps).distinct().count()).isGreaterThan(3);
        assertThat(TestMovie.small().withPictureGap(1.5, 2.2).expectedStill(1).frame()).isEqualTo(37);
        assertThat(TestMovie.small().withPictureGap(1.0, 2.2).expectedStill(1).reused()).isTrue();
    }
}
