package org.kissdetect.train.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kissdetect.api.train.AnnotationException;

/**
 * Turns annotations into examples: every whole second {@code k} with {@code [k, k + 1)} inside an annotated scene
 * is one example with the scene's label. Scenes may overlap when they agree; a second labelled both ways is an
 * error naming both lines.
 */
final class Examples {

    private Examples() {
    }

    /**
     * Reads an annotation file into labelled movies.
     *
     * @param file the annotation file
     * @return the movies, by name
     * @throws AnnotationException when the file is unusable or contradicts itself
     */
    static List<LabelledMovie> read(Path file) throws AnnotationException {
        return of(file, AnnotationFile.read(file));
    }

    static List<LabelledMovie> of(Path file, List<Annotation> annotations) throws AnnotationException {
        Map<String, TreeMap<Integer, Annotation>> byMovie = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        for (Annotation annotation : annotations) {
            TreeMap<Integer, Annotation> seconds = byMovie.computeIfAbsent(annotation.movie(), m -> new TreeMap<>());
            files.put(annotation.movie(), annotation.file());
            if (annotation.lastSecond() < annotation.firstSecond()) {
                throw new AnnotationException(file, annotation.line(), "the scene holds no whole second");
            }
            for (int k = annotation.firstSecond(); k <= annotation.lastSecond(); k++) {
                Annotation earlier = seconds.putIfAbsent(k, annotation);
                if (earlier != null && earlier.kissing() != annotation.kissing()) {
                    throw new AnnotationException(file, annotation.line(), "second " + k + " of " + annotation.movie()
                            + " is labelled " + label(annotation) + " here but " + label(earlier) + " on line "
                            + earlier.line());
                }
            }
        }
        List<LabelledMovie> movies = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, Annotation>> movie : byMovie.entrySet()) {
            int[] seconds = movie.getValue().keySet().stream().mapToInt(Integer::intValue).toArray();
            boolean[] kissing = new boolean[seconds.length];
            for (int i = 0; i < seconds.length; i++) {
                kissing[i] = movie.getValue().get(seconds[i]).kissing();
            }
            movies.add(new LabelledMovie(movie.getKey(), files.get(movie.getKey()), seconds, kissing));
        }
        return movies;
    }

    private static String label(Annotation annotation) {
        return annotation.kissing() ? "kissing" : "not kissing";
    }
}
