package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.classify.ClassificationException;
import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.ProgressListener;
import org.kissdetect.api.detect.SecondObserver;
import org.kissdetect.api.features.ClipPreprocessing;
import org.kissdetect.api.features.FeatureExtractor;
import org.kissdetect.api.features.ModelInput;

/**
 * One movie through the pipeline. A decoding thread fills a bounded queue with seconds while the calling thread
 * extracts features and classifies them in batches, so that FFmpeg and libtorch work at the same time and
 * memory stays flat whatever the film's length. Decoding starts while the model is still loading: the queue's first
 * seconds are decoded meanwhile. Cancellation is checked at least every 100 ms and between
 * batches; the decoder is closed (its native memory freed) before this returns, however it ends.
 *
 * <p>A run may resume an interrupted one: the seconds it had classified are decoded again (the decoder reads
 * from the start) but not classified. The seconds done are handed to a {@link Checkpoint} now and then and
 * whenever the run ends early, so that the next run can resume from them.
 */
final class DetectionRun {

    /** Keeps the seconds classified so far. */
    @FunctionalInterface
    interface Checkpoint {
        /** @return whether they were kept */
        boolean keep(float[] secondsDone);
    }

    /**
     * @param movie          the movie, its duration the seconds decoded when the container declared otherwise
     * @param model          the model that classified it
     * @param probabilities  one per second decoded
     * @param resumedSeconds how many of them came from an interrupted run
     * @param warnings       what the decoder reported
     */
    record Result(MovieInfo movie, ModelDescriptor model, float[] probabilities, int resumedSeconds,
            List<String> warnings) {
    }

    private final MovieDecoder decoder;
    /** What the classifier needs besides the still and the sound: asked once, used for every second. */
    private final Optional<ClipPreprocessing> clip;
    private final SecondFeatures features;
    private final DetectionSettings settings;

    /**
     * @param clip     the clip of frames the model takes with each second, if any
     * @param settings the batch size (0: the classifier's), the queue's length, how often seconds are kept
     */
    DetectionRun(MovieDecoder decoder, FeatureExtractor features, Optional<ClipPreprocessing> clip,
            DetectionSettings settings) {
        this.decoder = decoder;
        this.clip = clip;
        this.features = new SecondFeatures(features, clip);
        this.settings = settings;
    }

    /**
     * @param model     the model, loading
     * @param resumable the probabilities of the first seconds, from an interrupted run; a whole number of batches
     *                  is taken, so that the batches and hence the numbers are those of an uninterrupted run
     * @param observer  shown every decoded second on the decoding thread, resumed ones included
     */
    Result run(Path movie, ClassifierLoading model, float[] resumable, ProgressListener listener,
            Cancellation cancellation, Checkpoint checkpoint, SecondObserver observer)
            throws MediaException, ModelException, ClassificationException, DetectionCancelledException {
        SampleStream stream = clip.isPresent() ? decoder.open(movie, clip.get().decoding()) : decoder.open(movie);
        MovieInfo declared;
        try {
            declared = stream.info();
        } catch (RuntimeException | Error e) {
            stream.close();
            throw e;
        }
        try (DecodingThread decoding = new DecodingThread(movie, stream, settings.queueSeconds(), observer,
                "kissdetect-decode " + movie.getFileName())) {
            Classifier classifier = model.await(movie, cancellation);
            int batchSize = settings.batchSize() > 0 ? settings.batchSize() : classifier.batchSize();
            float[] resumed = Arrays.copyOf(resumable, resumable.length / batchSize * batchSize);
            ProgressMeter progress = new ProgressMeter(listener, settings.progressIntervalMillis(), System.nanoTime(),
                    resumed.length);
            return new Pass(movie, declared, classifier, batchSize, resumed, decoding, checkpoint)
                    .run(progress, cancellation);
        }
    }

    /** The state of one run on the classifying thread. */
    private final class Pass {
        private final Path movie;
        private final MovieInfo declared;
        private final Classifier classifier;
        private final int batchSize;
        private final long checkpointNanos;
        private final int resumedSeconds;
        private final DecodingThread decoding;
        private final Checkpoint checkpoint;
        private final ScoreBuffer scores;
        private final List<ModelInput> batch;
        private int decoded;
        private int kept;

        Pass(Path movie, MovieInfo declared, Classifier classifier, int batchSize, float[] resumed,
                DecodingThread decoding, Checkpoint checkpoint) {
            this.movie = movie;
            this.declared = declared;
            this.classifier = classifier;
            this.batchSize = batchSize;
            this.batch = new ArrayList<>(batchSize);
            this.checkpointNanos = settings.checkpointMillis() * 1_000_000;
            this.resumedSeconds = resumed.length;
            this.decoding = decoding;
            this.checkpoint = checkpoint;
            this.scores = new ScoreBuffer(declared.completeSeconds(), resumed);
            this.kept = resumed.length;
        }

        Result run(ProgressMeter progress, Cancellation cancellation)
                throws MediaException, ClassificationException, DetectionCancelledException {
            try {
                DecodingLoop.End end = classifyAll(progress, cancellation);
                return new Result(decodedMovie().withShotCuts(end.shotCuts()), classifier.model(),
                        scores.first(decoded), resumedSeconds, end.warnings());
            } catch (Throwable failure) {
                keep();
                throw failure;
            }
        }

        private DecodingLoop.End classifyAll(ProgressMeter progress, Cancellation cancellation)
                throws MediaException, ClassificationException, DetectionCancelledException {
            long nextCheckpoint = System.nanoTime() + checkpointNanos;
            progress.update(scores.size(), declared.completeSeconds(), System.nanoTime(), true);
            while (true) {
                if (cancellation.isCancelled()) {
                    throw new DetectionCancelledException(movie, scores.size(), keep());
                }
                Object item = next();
                if (item == null) {
                    continue;
                }
                if (item instanceof DecodingLoop.End end) {
                    if (!batch.isEmpty()) {
                        scores.append(classifier.kissingProbabilities(batch));
                    }
                    progress.update(decoded, decoded, System.nanoTime(), true);
                    return end;
                }
                if (item instanceof DecodingLoop.Failure failure) {
                    throw decoding.failed(failure.cause(), decoded);
                }
                if (item instanceof DecodingLoop.ObserverFailure failure) {
                    throw failure.cause();
                }
                accept((SecondSample) item);
                if (batch.size() == batchSize) {
                    scores.append(classifier.kissingProbabilities(batch));
                    batch.clear();
                    long now = System.nanoTime();
                    progress.update(scores.size(), Math.max(scores.size(), declared.completeSeconds()), now, false);
                    if (now - nextCheckpoint >= 0) {
                        keep();
                        nextCheckpoint = now + checkpointNanos;
                    }
                }
            }
        }

        private void accept(SecondSample sample) throws MediaException {
            if (sample.second() != decoded) {
                throw new MediaException(movie, sample.second(), "the decoder skipped from second "
                        + (decoded - 1) + " to " + sample.second(), null);
            }
            decoded++;
            if (sample.second() >= resumedSeconds) {
                batch.add(features.of(movie, sample));
            }
        }

        /** The next item of the queue, or null after a while. */
        private Object next() throws MediaException, DetectionCancelledException {
            try {
                return decoding.next(decoded);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DetectionCancelledException(movie, scores.size(), keep());
            }
        }

        /** Hands the seconds classified to the checkpoint unless it has them already; whether it has them now. */
        private boolean keep() {
            if (scores.size() > kept && checkpoint.keep(scores.first(scores.size()))) {
                kept = scores.size();
            }
            return kept > 0 && kept == scores.size();
        }

        private MovieInfo decodedMovie() {
            if (decoded == declared.completeSeconds()) {
                return declared;
            }
            return declared.withDurationSeconds(decoded);
        }
    }

}
