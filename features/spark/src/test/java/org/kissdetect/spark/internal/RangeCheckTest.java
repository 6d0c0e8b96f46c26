package org.kissdetect.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.SecondRange;

class RangeCheckTest {

    private static final MovieFile FILM = new MovieFile("file:/films/a.mp4", "ab", 1, 1);

    private static RangeItem.Outcome range(int first, int end, int seconds, boolean reachedEnd) {
        return new RangeItem.Outcome(new RangeTask(FILM, first, end), seconds, reachedEnd, "model", null);
    }

    @Test
    void wholeRangesJoinInAnyOrder() {
        assertThat(RangeCheck.problem(List.of(range(16, SecondRange.TO_THE_END, 10, true), range(0, 16, 16, false)),
                "model")).isEmpty();
    }

    @Test
    void aFilmShorterThanDeclaredEndsInAMiddleRangeAndLeavesTheRestEmpty() {
        assertThat(RangeCheck.problem(List.of(range(0, 16, 16, false), range(16, 32, 5, true),
                range(32, SecondRange.TO_THE_END, 0, true)), "model")).isEmpty();
    }

    @Test
    void aShortRangeThatDidNotEndTheFilmIsAHole() {
        assertThat(RangeCheck.problem(List.of(range(0, 16, 12, false), range(16, SecondRange.TO_THE_END, 4, true)),
                "model")).hasValueSatisfying(problem -> assertThat(problem).contains("gave 12 seconds"));
    }

    @Test
    void secondsAfterTheEndAreRefused() {
        assertThat(RangeCheck.problem(List.of(range(0, 16, 3, true), range(16, SecondRange.TO_THE_END, 4, true)),
                "model")).hasValueSatisfying(problem -> assertThat(problem).contains("after an earlier range ended"));
    }

    @Test
    void aFailedRangeOrAnotherModelFailsTheFilm() {
        RangeItem.Outcome failed = new RangeItem.Outcome(new RangeTask(FILM, 16, SecondRange.TO_THE_END), 0, false,
                null, "cannot decode");
        assertThat(RangeCheck.problem(List.of(range(0, 16, 16, false), failed), "model"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("cannot decode"));
        assertThat(RangeCheck.problem(List.of(range(0, SecondRange.TO_THE_END, 16, true)), "other"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("another model"));
    }

    @Test
    void aMissingRangeIsAHole() {
        assertThat(RangeCheck.problem(List.of(range(0, 16, 16, false), range(32, SecondRange.TO_THE_END, 4, true)),
                "model")).hasValueSatisfying(problem -> assertThat(problem).contains("no range scored seconds 16"));
    }
}
