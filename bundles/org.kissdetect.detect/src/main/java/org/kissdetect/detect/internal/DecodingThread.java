package org.kissdetect.detect.internal;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.detect.SecondObserver;

/**
 * A {@link DecodingLoop} on a thread of its own, filling a bounded queue, as the classifying thread of a detection or
 * of a range sees it. Closing it stops the loop (which closes the stream however it ends) and waits a while for it.
 */
final class DecodingThread implements AutoCloseable {

    /** How long the classifying thread waits for an item before it looks at cancellation again. */
    static final long POLL_MILLIS = 100;
    private static final long JOIN_MILLIS = 5_000;

    private final Path movie;
    private final BlockingQueue<Object> queue;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final DecodingLoop loop;
    private final Thread thread;

    /** Starts decoding {@code stream} at once. */
    DecodingThread(Path movie, SampleStream stream, int queueSeconds, SecondObserver observer, String name) {
        this.movie = movie;
        this.queue = new ArrayBlockingQueue<>(queueSeconds);
        this.loop = new DecodingLoop(stream, queue, stop, POLL_MILLIS, observer);
        this.thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The next item of the queue (a {@code SecondSample} or one of {@link DecodingLoop}'s records), or null after
     * {@value #POLL_MILLIS} ms; a decoding thread gone without a word is a failure at second {@code position}.
     */
    Object next(int position) throws MediaException, InterruptedException {
        Object item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (item == null && !thread.isAlive()) {
            item = queue.poll();
            if (item == null) {
                throw new MediaException(movie, position, "the decoding thread ended without a result", null);
            }
        }
        return item;
    }

    /** What a {@link DecodingLoop.Failure}'s cause means for the run, at second {@code position}. */
    MediaException failed(Throwable cause, int position) {
        if (cause instanceof MediaException media) {
            return media;
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new MediaException(movie, position, "the decoder failed: " + what, cause);
    }

    /** The end the loop reached, or null while it runs and after a failure. */
    DecodingLoop.End ended() {
        return loop.ended();
    }

    @Override
    public void close() {
        stop.set(true);
        queue.clear();
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
