package org.kissdetect.teach.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.kissdetect.api.labels.Label;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.LabelledSpan;

/**
 * How labels are split into train, validation and held-out test. When they lie on at least three movies, by
 * movie, as the paper does (no movie in two parts). Otherwise by labelled scene (each label is one), per class,
 * so that both parts the model is judged on see kissing: a class with fewer than three labels stays whole in
 * training. Groups are shuffled with the seed; validation and test each take a tenth, at least one.
 *
 * @param rule  {@code "by movie"} or {@code "by labelled scene"}
 * @param spans the labels with the group each is split with
 * @param split which groups are in which part
 */
record LabelSplit(String rule, List<LabelledSpan> spans, DataSplit split) {

    static final String BY_MOVIE = "by movie";
    static final String BY_SCENE = "by labelled scene";
    static final int MOVIES_TO_SPLIT_BY = 3;

    static LabelSplit of(List<Label> labels, long seed) {
        Map<Path, String> movieNames = movieNames(labels);
        List<LabelledSpan> spans = new ArrayList<>();
        if (movieNames.size() >= MOVIES_TO_SPLIT_BY) {
            for (Label label : labels) {
                spans.add(new LabelledSpan(movieNames.get(label.media()), label.media(), label.start(), label.end(),
                        label.kissing()));
            }
            return new LabelSplit(BY_MOVIE, spans, divide(List.of(new ArrayList<>(movieNames.values())), seed));
        }
        List<String> kissing = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Label label : labels) {
            String scene = String.format(Locale.ROOT, "%s %.3f-%.3f s", movieNames.get(label.media()), label.start(),
                    label.end());
            spans.add(new LabelledSpan(scene, label.media(), label.start(), label.end(), label.kissing()));
            (label.kissing() ? kissing : other).add(scene);
        }
        return new LabelSplit(BY_SCENE, spans, divide(List.of(kissing, other), seed));
    }

    /** Each movie's file name, made unique with a number where two share one. */
    private static Map<Path, String> movieNames(List<Label> labels) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (Label label : labels) {
            names.computeIfAbsent(label.media(), media -> {
                String name = String.valueOf(media.getFileName());
                return names.containsValue(name) ? name + " (" + (names.size() + 1) + ")" : name;
            });
        }
        return names;
    }

    /** Splits each stratum alike and joins them. */
    private static DataSplit divide(List<List<String>> strata, long seed) {
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (List<String> stratum : strata) {
            List<String> groups = new ArrayList<>(stratum.stream().distinct().sorted().toList());
            if (groups.size() < MOVIES_TO_SPLIT_BY) {
                train.addAll(groups);
                continue;
            }
            shuffle(groups, seed);
            int tenth = Math.max(1, (int) Math.round(groups.size() * 0.1));
            validation.addAll(groups.subList(0, tenth));
            test.addAll(groups.subList(tenth, 2 * tenth));
            train.addAll(groups.subList(2 * tenth, groups.size()));
        }
        return new DataSplit(train, validation, test);
    }

    private static void shuffle(List<String> groups, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            groups.set(i, groups.set(j, groups.get(i)));
        }
    }
}
