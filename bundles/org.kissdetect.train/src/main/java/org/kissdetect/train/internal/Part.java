package org.kissdetect.train.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;

/**
 * The examples of one part of the split (train, validation or test), movie after movie, second after second:
 * where each example's decoded second is cached, and its label.
 */
final class Part {

    private final List<LabelledMovie> movies;
    private final List<MovieSamples> samples;
    private final int[] movieOf;
    private final int[] position;
    private final boolean[] kissing;
    private final Optional<ClipPreprocessing> clip;

    Part(List<LabelledMovie> movies, List<MovieSamples> samples) {
        this(movies, samples, Optional.empty());
    }

    /**
     * @param movies  the movies, in order
     * @param samples their cached seconds, decoded with the clip when there is one
     * @param clip    the clip each input carries, prepared so, or empty for none
     */
    Part(List<LabelledMovie> movies, List<MovieSamples> samples, Optional<ClipPreprocessing> clip) {
        this.clip = clip;
        this.movies = List.copyOf(movies);
        this.samples = List.copyOf(samples);
        int size = movies.stream().mapToInt(LabelledMovie::size).sum();
        movieOf = new int[size];
        position = new int[size];
        kissing = new boolean[size];
        int i = 0;
        for (int m = 0; m < movies.size(); m++) {
            for (int p = 0; p < movies.get(m).size(); p++, i++) {
                movieOf[i] = m;
                position[i] = p;
                kissing[i] = movies.get(m).kissing()[p];
            }
        }
    }

    int size() {
        return kissing.length;
    }

    boolean kissing(int example) {
        return kissing[example];
    }

    boolean[] labels(int[] examples) {
        boolean[] labels = new boolean[examples.length];
        for (int i = 0; i < examples.length; i++) {
            labels[i] = kissing[examples[i]];
        }
        return labels;
    }

    List<LabelledMovie> movies() {
        return movies;
    }

    List<MovieSamples> samples() {
        return samples;
    }

    /** @return the first example of movie {@code m} */
    int firstOf(int m) {
        int first = 0;
        for (int i = 0; i < m; i++) {
            first += movies.get(i).size();
        }
        return first;
    }

    SecondSample sample(int example) throws IOException {
        return samples.get(movieOf[example]).read(position[example]);
    }

    /**
     * The network inputs of some examples.
     *
     * @param examples which
     * @param features the feature extractor
     * @param seeds    the augmentation seed of each example, or {@code null} for the inference transform (a clip
     *                 is augmented as a whole: one crop and flip for all its frames)
     * @return the inputs, in order
     * @throws IOException when the cache cannot be read
     */
    List<ModelInput> inputs(int[] examples, FeatureExtractor features, long[] seeds) throws IOException {
        List<ModelInput> inputs = new ArrayList<>(examples.length);
        for (int i = 0; i < examples.length; i++) {
            SecondSample sample = sample(examples[i]);
            if (clip.isPresent()) {
                inputs.add(seeds == null ? features.extract(sample, clip.get())
                        : features.augment(sample, clip.get(), seeds[i]));
            } else {
                inputs.add(seeds == null ? features.extract(sample) : features.augment(sample, seeds[i]));
            }
        }
        return inputs;
    }
}
