package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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

    private static final long POLL_MILLIS = 100;
    private static final long JOIN_MILLIS = 5_000;

    private final MovieDecoder decoder;
    private final FeatureExtractor features;
    private final Optional<ClipPreprocessing> clip;
    private final DetectionSettings settings;

    RangeScoring(MovieDecoder decoder, FeatureExtractor features, Optional<ClipPreprocessing> clip,
            DetectionSettings settings) {
        this.decoder = decoder;
        this.features = features;
        this.clip = clip;
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
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(settings.queueSeconds());
        AtomicBoolean stop = new AtomicBoolean();
        DecodingLoop loop = new DecodingLoop(stream, queue, stop, POLL_MILLIS, SecondObserver.NONE);
        Thread decoding = new Thread(loop, "kissdetect-decode " + movie.getFileName() + " from " + start);
        decoding.setDaemon(true);
        decoding.start();
        Classifier classifier;
        float[] scored;
        try {
            classifier = model.await(movie, cancellation);
            scored = new Batches(movie, classifier, batchSize, start, queue, decoding).classify(range.end(),
                    cancellation);
        } finally {
            stop.set(true);
            queue.clear();
            awaitQuietly(decoding);
        }
        int from = Math.min(range.first() - start, scored.length);
        int to = (int) Math.min((long) range.end() - start, scored.length);
        DecodingLoop.End end = loop.ended();
        return new RangeScores(declared, classifier.model(), modelContent, range,
                Arrays.copyOfRange(scored, from, Math.max(from, to)),
                end == null ? List.of() : Warnings.capped(end.warnings()));
    }

    /** The classifying side: whole batches from {@code start}, until the one holding the range's last second. */
    private final class Batches {
        private final Path movie;
        private final Classifier classifier;
        private final int batchSize;
        private final BlockingQueue<Object> queue;
        private final Thread decoding;
        private final List<ModelInput> batch;
        private float[] scores = new float[0];
        private int next;

        Batches(Path movie, Classifier classifier, int batchSize, int start, BlockingQueue<Object> queue,
                Thread decoding) {
            this.movie = movie;
            this.classifier = classifier;
            this.batchSize = batchSize;
            this.batch = new ArrayList<>(batchSize);
            this.next = start;
            this.queue = queue;
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
                    throw decodingFailed(failure.cause());
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
            try {
                batch.add(clip.isPresent() ? features.extract(sample, clip.get()) : features.extract(sample));
            } catch (IllegalArgumentException e) {
                throw new MediaException(movie, sample.second(), e.getMessage(), e);
            }
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

        /** The next item of the queue, or null after a while; a decoding thread gone without a word is a failure. */
        private Object next() throws MediaException, DetectionCancelledException {
            try {
                Object item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item == null && !decoding.isAlive()) {
                    item = queue.poll();
                    if (item == null) {
                        throw new MediaException(movie, next, "the decoding thread ended without a result", null);
                    }
                }
                return item;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DetectionCancelledException(movie, scores.length, false);
            }
        }

        private MediaException decodingFailed(Throwable cause) {
            if (cause instanceof MediaException media) {
                return media;
            }
            String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return new MediaException(movie, next, "the decoder failed: " + what, cause);
        }
    }

    private static void awaitQuietly(Thread decoding) {
        try {
            decoding.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
