package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.train.AnnotationException;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.common.text.Sha256;

/**
 * An annotation file's examples, split by movie, every annotated second decoded into the sample cache.
 *
 * @param annotations       the annotation file
 * @param annotationsSha256 its hash, for provenance and to recognise a run's checkpoints
 * @param split             which movies are in which part
 * @param train             the training examples
 * @param validation        the validation examples
 * @param test              the held-out examples
 */
record Dataset(Path annotations, String annotationsSha256, DataSplit split, Part train, Part validation, Part test)
        implements AutoCloseable {

    static Dataset prepare(Path annotations, long seed, SampleCache cache, TrainingListener listener,
            Cancellation cancellation) throws AnnotationException, MediaException, IOException,
            TrainingCancelledException {
        return prepare(annotations, seed, cache, listener, cancellation, Optional.empty());
    }

    /** The same, every second decoded with the clip a network looks at, when there is one. */
    static Dataset prepare(Path annotations, long seed, SampleCache cache, TrainingListener listener,
            Cancellation cancellation, Optional<ClipPreprocessing> clip) throws AnnotationException, MediaException,
            IOException, TrainingCancelledException {
        List<LabelledMovie> movies = Examples.read(annotations);
        DataSplit split;
        try {
            split = MovieSplit.of(movies.stream().map(LabelledMovie::name).toList(), seed);
        } catch (IllegalArgumentException e) {
            throw new AnnotationException(annotations, 0, e.getMessage());
        }
        List<Part> parts = new ArrayList<>();
        List<MovieSamples> opened = new ArrayList<>();
        try {
            for (String name : List.of("train", "validation", "test")) {
                List<LabelledMovie> chosen = movies.stream().filter(m -> split.part(name).contains(m.name())).toList();
                List<MovieSamples> samples = new ArrayList<>();
                for (LabelledMovie movie : chosen) {
                    listener.stage("decoding", opened.size(), movies.size());
                    samples.add(cache.open(movie, cancellation, listener::notice,
                            clip.map(ClipPreprocessing::decoding)));
                    opened.add(samples.get(samples.size() - 1));
                }
                parts.add(new Part(chosen, samples, clip));
            }
        } catch (MediaException | IOException | TrainingCancelledException | RuntimeException e) {
            closeQuietly(opened);
            throw e;
        }
        listener.stage("decoding", movies.size(), movies.size());
        return new Dataset(annotations, Sha256.hex(annotations), split, parts.get(0), parts.get(1), parts.get(2));
    }

    @Override
    public void close() {
        closeQuietly(train.samples());
        closeQuietly(validation.samples());
        closeQuietly(test.samples());
    }

    private static void closeQuietly(List<MovieSamples> opened) {
        for (MovieSamples samples : opened) {
            try {
                samples.close();
            } catch (IOException e) {
                // a read-only cache file: nothing is lost
            }
        }
    }
}
