package org.kissdetect.teach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.train.LabelledSpan;

class LabelSplitTest {

    @Test
    void labelsOnThreeMoviesAreSplitByMovieWithNoMovieInTwoParts() {
        List<Label> labels = new ArrayList<>();
        for (String movie : List.of("a.mp4", "b.mp4", "c.mp4", "d.mp4")) {
            labels.add(label(movie, 0, 20, true));
            labels.add(label(movie, 30, 50, false));
        }

        LabelSplit split = LabelSplit.of(labels, 7);

        assertThat(split.rule()).isEqualTo("by movie");
        assertThat(split.split().validation()).hasSize(1);
        assertThat(split.split().test()).hasSize(1);
        assertThat(split.split().train()).hasSize(2);
        assertThat(split.spans()).extracting(LabelledSpan::group).containsOnly("a.mp4", "b.mp4", "c.mp4", "d.mp4");
        assertThat(split.split().part("all")).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void labelsOnFewerMoviesAreSplitByLabelledSceneAndBothJudgedPartsSeeKissing() {
        List<Label> labels = List.of(label("a.mp4", 0, 12, true), label("a.mp4", 40, 52, true),
                label("b.mp4", 5, 20, true), label("a.mp4", 20, 40, false), label("b.mp4", 30, 60, false));

        LabelSplit split = LabelSplit.of(labels, 7);

        assertThat(split.rule()).isEqualTo("by labelled scene");
        assertThat(split.spans()).extracting(LabelledSpan::group).doesNotHaveDuplicates();
        List<String> kissing = split.spans().stream().filter(LabelledSpan::kissing).map(LabelledSpan::group).toList();
        assertThat(split.split().validation()).hasSize(1).allMatch(kissing::contains);
        assertThat(split.split().test()).hasSize(1).allMatch(kissing::contains);
        assertThat(split.split().train()).hasSize(3).as("the two not-kissing labels are too few to hold out")
                .containsAll(split.spans().stream().filter(s -> !s.kissing()).map(LabelledSpan::group).toList());
    }

    @Test
    void theSameLabelsAndSeedSplitAlikeWhateverTheirOrder() {
        List<Label> labels = new ArrayList<>(List.of(label("a.mp4", 0, 12, true), label("a.mp4", 40, 52, true),
                label("b.mp4", 5, 20, true), label("b.mp4", 25, 35, true), label("a.mp4", 20, 40, false)));
        LabelSplit first = LabelSplit.of(labels, 3);
        java.util.Collections.reverse(labels);

        assertThat(LabelSplit.of(labels, 3).split()).isEqualTo(first.split());
    }

    @Test
    void twoMoviesOfOneNameInDifferentFoldersStayApart() {
        List<Label> labels = List.of(new Label(Path.of("/x/take.mp4"), 0, 30, true, "t"),
                new Label(Path.of("/y/take.mp4"), 0, 30, true, "t"), new Label(Path.of("/z/other.mp4"), 0, 30, false,
                        "t"));

        assertThat(LabelSplit.of(labels, 1).split().part("all")).hasSize(3).doesNotHaveDuplicates();
    }

    private static Label label(String movie, double start, double end, boolean kissing) {
        return new Label(Path.of("/films").resolve(movie), start, end, kissing, "test");
    }
}
