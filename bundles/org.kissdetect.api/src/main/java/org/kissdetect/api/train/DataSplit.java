package org.kissdetect.api.train;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which movies went where. Movies, never seconds, are split: no movie is in two parts.
 *
 * @param train      the movies trained on, as the annotation file names them
 * @param validation the movies that choose the best epoch
 * @param test       the held-out movies
 */
public record DataSplit(List<String> train, List<String> validation, List<String> test) {

    /** Copies the lists. */
    public DataSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }

    /**
     * The movies of one part.
     *
     * @param part {@code train}, {@code validation}, {@code test} or {@code all}
     * @return its movies
     * @throws IllegalArgumentException for another name
     */
    public List<String> part(String part) {
        return switch (part) {
            case "train" -> train;
            case "validation" -> validation;
            case "test" -> test;
            case "all" -> Stream.of(train, validation, test).flatMap(List::stream).toList();
            default -> throw new IllegalArgumentException("split must be train, validation, test or all, got " + part);
        };
    }
}
