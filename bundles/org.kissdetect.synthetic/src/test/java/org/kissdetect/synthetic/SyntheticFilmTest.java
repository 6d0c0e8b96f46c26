package org.kissdetect.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticFilmTest {

    private final SyntheticFilm film = SyntheticFilm.of(40, 7, new SecondSpan(25, 36), new SecondSpan(3, 14));

    @Test
    void theTruthIsTheScenesInTimeOrder() {
        assertThat(film.kissingScenes()).containsExactly(new SecondSpan(3, 14), new SecondSpan(25, 36));
        boolean[] truth = film.truth();
        assertThat(truth).hasSize(40);
        for (int k = 0; k < 40; k++) {
            assertThat(truth[k]).as("second %d", k).isEqualTo(k >= 3 && k <= 14 || k >= 25 && k <= 36);
        }
    }

    @Test
    void theAnnotationLinesCoverEverySecondOnceAsTimeSpans() {
        assertThat(film.annotationLines("f.mp4")).containsExactly(
                "f.mp4,0,3,not kissing", "f.mp4,3,15,kissing", "f.mp4,15,25,not kissing", "f.mp4,25,37,kissing",
                "f.mp4,37,40,not kissing");
        assertThat(SyntheticFilm.of(12, 1, new SecondSpan(0, 11)).annotationLines("g.mp4"))
                .containsExactly("g.mp4,0,12,kissing");
    }

    @Test
    void scenesMustLieInsideTheFilmAndApart() {
        assertThatThrownBy(() -> SyntheticFilm.of(10, 1, new SecondSpan(5, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends after the film's last second 9");
        assertThatThrownBy(() -> SyntheticFilm.of(30, 1, new SecondSpan(5, 10), new SecondSpan(10, 12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in time order and apart");
        assertThatThrownBy(() -> new SyntheticFilm(0, List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 30)
    void everyKissingSecondCarriesTheSignatureInPictureOrSoundAndNoOtherSecondDoes(
            @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        SyntheticFilm random = SyntheticFilm.of(30, seed, new SecondSpan(seed % 15, seed % 15 + 12));
        ShotPlan plan = ShotPlan.of(random);
        for (int k = 0; k < 30; k++) {
            boolean picture = plan.picture(k).signature();
            boolean sound = plan.sound(k).signature();
            if (random.isKissing(k)) {
                assertThat(picture || sound).as("second %d keeps a signature", k).isTrue();
            } else {
                assertThat(picture || sound).as("second %d has none", k).isFalse();
            }
        }
    }

    @Test
    void aboutOneKissingSecondInTwentyLosesItsPictureAndAnotherItsSound() {
        SyntheticFilm longScene = SyntheticFilm.of(2_000, 3, new SecondSpan(0, 1_999));
        ShotPlan plan = ShotPlan.of(longScene);
        int noPicture = 0;
        int noSound = 0;
        for (int k = 0; k < 2_000; k++) {
            noPicture += plan.picture(k).signature() ? 0 : 1;
            noSound += plan.sound(k).signature() ? 0 : 1;
        }
        assertThat(noPicture).isBetween(60, 140);
        assertThat(noSound).isBetween(60, 140);
    }

    @Test
    void nonKissingShotsLastOneToFourSecondsAndChangeStyle() {
        ShotPlan plan = ShotPlan.of(SyntheticFilm.of(300, 11));
        int shots = 1;
        for (int k = 1; k < 300; k++) {
            if (!plan.picture(k).equals(plan.picture(k - 1))) {
                shots++;
                assertThat(plan.picture(k).startsAt()).isEqualTo(k);
            }
        }
        assertThat(shots).isBetween(300 / 4, 300 * 2 / 3);
    }
}
