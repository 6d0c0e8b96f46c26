package org.kissdetect.train.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.decode.MediaException;

/**
 * The frozen features and labels of one part's labelled seconds, gathered from their movies' whole embeddings.
 *
 * @param movies   the part's labelled movies (groups), in order
 * @param features {@code width} features per example, example-major, movie after movie, second after second
 * @param labels   the label of each example
 */
record FeatureRows(List<LabelledMovie> movies, float[] features, boolean[] labels) {

    static FeatureRows of(List<LabelledMovie> movies, Map<Path, float[]> embeddings, int width)
            throws MediaException {
        int size = movies.stream().mapToInt(LabelledMovie::size).sum();
        float[] features = new float[size * width];
        boolean[] labels = new boolean[size];
        int example = 0;
        for (LabelledMovie movie : movies) {
            float[] rows = embeddings.get(movie.file());
            int seconds = rows.length / width;
            for (int p = 0; p < movie.size(); p++, example++) {
                int second = movie.seconds()[p];
                if (second >= seconds) {
                    throw new MediaException(movie.file(), "the movie ends after " + seconds + " s, before second "
                            + second + ", which is labelled (" + movie.name() + ")");
                }
                System.arraycopy(rows, second * width, features, example * width, width);
                labels[example] = movie.kissing()[p];
            }
        }
        return new FeatureRows(List.copyOf(movies), features, labels);
    }
}
