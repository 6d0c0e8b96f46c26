package org.kissdetect.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names for the outputs of several movies in one folder, distinct whatever the movies are called: {@code clip} for
 * {@code a/clip.mp4}; {@code clip.mp4} and {@code clip.mkv} when both are given; {@code a-clip.mp4} and
 * {@code b-clip.mp4} for two {@code clip.mp4} in different folders; numbered as a last resort.
 */
final class OutputNames {

    private OutputNames() {
    }

    /** @return each movie's output name (without extension), in the order given */
    static Map<Path, String> of(List<Path> movies) {
        List<Path> distinct = movies.stream().map(m -> m.toAbsolutePath().normalize()).distinct().toList();
        Map<Path, String> names = new LinkedHashMap<>();
        List<Function<Path, String>> rules = List.of(OutputNames::baseName, OutputNames::fileName,
                OutputNames::withFolder);
        List<Path> unnamed = new ArrayList<>(distinct);
        for (Function<Path, String> rule : rules) {
            Map<String, Integer> counts = new HashMap<>();
            unnamed.forEach(movie -> counts.merge(rule.apply(movie), 1, Integer::sum));
            names.values().forEach(name -> counts.merge(name, 2, Integer::sum));
            for (Path movie : List.copyOf(unnamed)) {
                if (counts.get(rule.apply(movie)) == 1) {
                    names.put(movie, rule.apply(movie));
                    unnamed.remove(movie);
                }
            }
        }
        int number = 2;
        for (Path movie : unnamed) {
            String name;
            do {
                name = withFolder(movie) + "-" + number++;
            } while (names.containsValue(name));
            names.put(movie, name);
        }
        Map<Path, String> inOrder = new LinkedHashMap<>();
        distinct.forEach(movie -> inOrder.put(movie, names.get(movie)));
        return inOrder;
    }

    static String baseName(Path movie) {
        String name = fileName(movie);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String fileName(Path movie) {
        return movie.getFileName().toString();
    }

    private static String withFolder(Path movie) {
        Path folder = movie.getParent() == null ? null : movie.getParent().getFileName();
        return folder == null ? fileName(movie) : folder + "-" + fileName(movie);
    }
}
