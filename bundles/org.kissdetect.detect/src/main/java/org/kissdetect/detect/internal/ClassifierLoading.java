package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.kissdetect.api.classify.Classifier;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.DetectionCancelledException;

/**
 * A model loading on a thread of its own (libtorch starting, the network built, its weights copied: seconds), so
 * that the movie is opened and its first seconds decoded meanwhile. Closing it closes the classifier, also one that
 * arrives after its caller gave up waiting.
 */
final class ClassifierLoading implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final Path modelDirectory;
    private final CompletableFuture<Classifier> loading = new CompletableFuture<>();

    private ClassifierLoading(Path modelDirectory) {
        this.modelDirectory = modelDirectory;
    }

    /** Starts loading the model of {@code modelDirectory} from {@code classifiers}. */
    static ClassifierLoading start(ClassifierFactory classifiers, Path modelDirectory) {
        ClassifierLoading started = new ClassifierLoading(modelDirectory);
        Thread thread = new Thread(() -> {
            try {
                started.loading.complete(classifiers.open(modelDirectory));
            } catch (Throwable failure) {
                started.loading.completeExceptionally(failure);
            }
        }, "kissdetect-load " + modelDirectory.getFileName());
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /**
     * Waits for the model, checking the cancellation every 100 ms.
     *
     * @param movie        the movie being detected, for the cancellation's message
     * @param cancellation asked while waiting
     * @return the loaded classifier, which this loading closes
     */
    Classifier await(Path movie, Cancellation cancellation) throws ModelException, DetectionCancelledException {
        while (true) {
            if (cancellation.isCancelled()) {
                throw new DetectionCancelledException(movie, 0, false);
            }
            try {
                return loading.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still loading
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DetectionCancelledException(movie, 0, false);
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
    }

    private ModelException failure(Throwable cause) {
        if (cause instanceof ModelException model) {
            return model;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new ModelException(modelDirectory, "could not be loaded: " + cause, cause);
    }

    @Override
    public void close() {
        loading.thenAccept(Classifier::close);
    }
}
