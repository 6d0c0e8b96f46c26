package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.train.DataSplit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Movies, never seconds, are split: no movie is in two parts, and the split depends only on the names and seed. */
class MovieSplitTest {

    @Property(tries = 200)
    void noMovieIsInTwoPartsAndEveryMovieIsInOne(@ForAll @IntRange(min = 3, max = 300) int count, @ForAll long seed) {
        List<String> movies = names(count);

        DataSplit split = MovieSplit.of(movies, seed);

        Set<String> train = new HashSet<>(split.train());
        Set<String> validation = new HashSet<>(split.validation());
        Set<String> test = new HashSet<>(split.test());
        assertThat(train).doesNotContainAnyElementsOf(validation).doesNotContainAnyElementsOf(test);
        assertThat(validation).doesNotContainAnyElementsOf(test);
        assertThat(split.part("all")).containsExactlyInAnyOrderElementsOf(movies);
        int tenth = Math.max(1, (int) Math.round(count * 0.1));
        assertThat(split.validation()).hasSize(tenth);
        assertThat(split.test()).hasSize(tenth);
    }

    @Property(tries = 50)
    void theSplitDependsOnTheNamesAndTheSeedNotOnTheirOrder(@ForAll @IntRange(min = 3, max = 60) int count,
            @ForAll long seed) {
        List<String> movies = names(count);
        List<String> shuffled = new ArrayList<>(movies);
        Collections.shuffle(shuffled);

        assertThat(MovieSplit.of(shuffled, seed)).isEqualTo(MovieSplit.of(movies, seed));
    }

    @Test
    void tenMoviesSplitEightOneOneAndAnotherSeedSplitsOtherwise() {
        DataSplit one = MovieSplit.of(names(10), 1);

        assertThat(one.train()).hasSize(8);
        assertThat(List.of(one.validation().size(), one.test().size())).containsExactly(1, 1);
        assertThat(MovieSplit.of(names(10), 2)).isNotEqualTo(one);
    }

    @Test
    void fewerThanThreeMoviesCannotBeSplit() {
        assertThatThrownBy(() -> MovieSplit.of(names(2), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3 movies");
    }

    private static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("movie-" + i + ".mp4");
        }
        return names;
    }
}
