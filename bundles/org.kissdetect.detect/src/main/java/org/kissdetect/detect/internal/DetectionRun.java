package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;

/**
 * One movie through the pipeline. A decoding thread fills a bounded queue with seconds while the calling thread
 * extracts features and classifies them in batches, so that FFmpeg and libtorch work at the same time and
 * memory stays flat whatever the film's length. Cancellation is checked at least every 100 ms and between
 * batches; the decoder is closed (its native memory freed) before this returns, however it ends.
 */
final class DetectionRun {

    private static final long POLL_MILLIS = 100;
    private static final long JOIN_MILLIS = 5_000;

    private final MovieDecoder decoder;
    private final FeatureExtractor features;
    private final Classifier classifier;
    private final int batchSize;
    private final int queueCapacity;

    DetectionRun(MovieDecoder decoder, FeatureExtractor features, Classifier classifier, int batchSize,
            int queueCapacity) {
        this.decoder = decoder;
        this.features = features;
        this.classifier = classifier;
        this.batchSize = batchSize;
        this.queueCapacity = queueCapacity;
    }

    record Result(MovieInfo movie, float[] probabilities) {
    }

    Result run(Path movie, ProgressMeter progress, Cancellation cancellation)
            throws MediaException, ClassificationException, DetectionCancelledException {
        SampleStream stream = decoder.open(movie);
        MovieInfo info = stream.info();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(queueCapacity);
        AtomicBoolean stop = new AtomicBoolean();
        Thread decoding = new Thread(new DecodingLoop(stream, queue, stop, POLL_MILLIS), "kissdetect-decode " + movie.getFileName());
        decoding.setDaemon(true);
        decoding.start();
        try {
            return new Result(info, classifyAll(movie, info, queue, progress, cancellation));
        } finally {
            stop.set(true);
            queue.clear();
            awaitQuietly(decoding);
        }
    }

    private float[] classifyAll(Path movie, MovieInfo info, BlockingQueue<Object> queue, ProgressMeter progress,
            Cancellation cancellation) throws MediaException, ClassificationException, DetectionCancelledException {
        float[] probabilities = new float[Math.max(16, info.completeSeconds())];
        int done = 0;
        List<ModelInput> batch = new ArrayList<>(batchSize);
        progress.update(0, info.completeSeconds(), System.nanoTime(), true);
        while (true) {
            if (cancellation.isCancelled()) {
                throw new DetectionCancelledException(movie, done);
            }
            Object item = poll(queue, movie, done);
            if (item == null) {
                continue;
            }
            if (item instanceof DecodingLoop.End) {
                break;
            }
            if (item instanceof DecodingLoop.Failure failure) {
                failure.rethrow();
            }
            SecondSample sample = (SecondSample) item;
            if (sample.second() != done + batch.size()) {
                throw new MediaException(movie, sample.second(), "the decoder skipped from second "
                        + (done + batch.size() - 1) + " to " + sample.second(), null);
            }
            batch.add(extract(movie, sample));
            if (batch.size() == batchSize) {
                probabilities = append(probabilities, done, classifier.kissingProbabilities(batch));
                done += batch.size();
                batch.clear();
                progress.update(done, Math.max(done, info.completeSeconds()), System.nanoTime(), false);
            }
        }
        if (!batch.isEmpty()) {
            probabilities = append(probabilities, done, classifier.kissingProbabilities(batch));
            done += batch.size();
        }
        progress.update(done, done, System.nanoTime(), true);
        return Arrays.copyOf(probabilities, done);
    }

    private ModelInput extract(Path movie, SecondSample sample) throws MediaException {
        try {
            return features.extract(sample);
        } catch (IllegalArgumentException e) {
            throw new MediaException(movie, sample.second(), e.getMessage(), e);
        }
    }

    private static Object poll(BlockingQueue<Object> queue, Path movie, int done) throws DetectionCancelledException {
        try {
            return queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DetectionCancelledException(movie, done);
        }
    }

    private static float[] append(float[] all, int at, float[] more) {
        float[] target = at + more.length <= all.length ? all : Arrays.copyOf(all, Math.max(all.length * 2, at + more.length));
        System.arraycopy(more, 0, target, at, more.length);
        return target;
    }

    private static void awaitQuietly(Thread decoding) {
        try {
            decoding.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
