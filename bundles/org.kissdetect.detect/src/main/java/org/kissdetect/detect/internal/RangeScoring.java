package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.RangeScores;
import org.kissdetect.api.detect.SecondRange;
import org.kissdetect.api.detect.SecondObserver;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;

/**
 * The seconds of a range scored as a whole detection scores them. A detection forms its batches by count from
 * second 0, and libtorch's numbers may depend on what else a batch holds; so decoding starts at the first second of
 * the batch that holds the range's first ({@link MovieDecoder#openAt}, which hands out the seconds of a pass from the
 * start), every batch from there is the detection's own, and decoding stops once the batch holding the range's
 * last second is classified. The decoding runs on its own thread, as in {@link DetectionRun}.
 */
final class RangeScoring {

    private final MovieDecoder decoder;
    private final Optional<ClipPreprocessing> clip;
    private final SecondFeatures features;
    private final DetectionSettings settings;

    RangeScoring(MovieDecoder decoder, FeatureExtractor features, Optional<ClipPreprocessing> clip,
            DetectionSettings settings) {
        this.decoder = decoder;
        this.clip = clip;
        this.features = new SecondFeatures(features, clip);
        this.settings = settings;
    }

    RangeScores score(Path movie, String modelContent, ClassifierLoading model, SecondRange range,
            Cancellation cancellation)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        if (range.length() == 0) {
            MovieInfo info;
            try (SampleStream stream = decoder.open(movie)) {
                info = stream.info();
            }
            Classifier classifier = model.await(movie, cancellation);
            return new RangeScores(info, classifier.model(), modelContent, range, new float[0], List.of());
        }
        int batchSize = settings.batchSize() > 0 ? settings.batchSize() : model.await(movie, cancellation).batchSize();
        int start = range.first() / batchSize * batchSize;
        SampleStream stream = decoder.openAt(movie, clip.map(ClipPreprocessing::decoding).orElse(null), start);
        MovieInfo declared;
        try {
            declared = stream.info();
        } catch (RuntimeException | Error e) {
            stream.close();
            throw e;
        }
        Classifier classifier;
        float[] scored;
        DecodingThread decoding = new DecodingThread(movie, stream, settings.queueSeconds(), SecondObserver.NONE,
                "kissdetect-decode " + movie.getFileName() + " from " + start);
        try (decoding) {
            classifier = model.await(movie, cancellation);
            scored = new Batches(movie, classifier, batchSize, start, decoding).classify(range.end(), cancellation);
        }
        // Read once the loop has stopped: a range that ends before the film still gets what the decoder reported.
        DecodingLoop.End end = decoding.ended();
        int from = Math.min(range.first() - start, scored.length);
        int to = (int) Math.min((long) range.end() - start, scored.length);
        return new RangeScores(declared, classifier.model(), modelContent, range,
                Arrays.copyOfRange(scored, from, Math.max(from, to)),
                end == null ? List.of() : Warnings.capped(end.warnings()));
    }

    /** The classifying side: whole batches from {@code start}, until the one holding the range's last second. */
    private final class Batches {
        private final Path movie;
        private final Classifier classifier;
        private final int batchSize;
        private final DecodingThread decoding;
        private final List<ModelInput> batch;
        private float[] scores = new float[0];
        private int next;

        Batches(Path movie, Classifier classifier, int batchSize, int start, DecodingThread decoding) {
            this.movie = movie;
            this.classifier = classifier;
            this.batchSize = batchSize;
            this.batch = new ArrayList<>(batchSize);
            this.next = start;
            this.decoding = decoding;
        }

        /** @return the probabilities of the seconds from {@code start}, whole batches but maybe the film's last */
        float[] classify(int end, Cancellation cancellation)
                throws MediaException, ClassificationException, DetectionCancelledException {
            while (true) {
                if (cancellation.isCancelled()) {
                    throw new DetectionCancelledException(movie, scores.length, false);
                }
                Object item = next();
                if (item instanceof DecodingLoop.End) {
                    classifyBatch();
                    return scores;
                }
                if (item instanceof DecodingLoop.Failure failure) {
                    throw decoding.failed(failure.cause(), next);
                }
                if (item instanceof SecondSample sample) {
                    accept(sample);
                    if (batch.size() == batchSize) {
                        classifyBatch();
                        if (next >= end) {
                            return scores;
                        }
                    }
                }
            }
        }

        private void accept(SecondSample sample) throws MediaException {
            if (sample.second() != next) {
                throw new MediaException(movie, sample.second(), "the decoder handed out second " + sample.second()
                        + " where " + next + " was due", null);
            }
            next++;
            batch.add(features.of(movie, sample));
        }

        private void classifyBatch() throws ClassificationException {
            if (batch.isEmpty()) {
                return;
            }
            float[] probabilities = classifier.kissingProbabilities(batch);
            int before = scores.length;
            scores = Arrays.copyOf(scores, before + probabilities.length);
            System.arraycopy(probabilities, 0, scores, before, probabilities.length);
            batch.clear();
        }

        /** The next item of the queue, or null after a while. */
        private Object next() throws MediaException, DetectionCancelledException {
            try {
                return decoding.next(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DetectionCancelledException(movie, scores.length, false);
            }
        }
    }
}
