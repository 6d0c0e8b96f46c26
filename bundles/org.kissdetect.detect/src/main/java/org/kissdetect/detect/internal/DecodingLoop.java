package org.kissdetect.detect.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.SecondObserver;

/**
 * The decoding thread of a detection: each second shown to the observer, then put into a bounded queue; at the
 * end an {@link End} or a {@link Failure}, whatever the decoder throws (an {@link Error} such as
 * {@link OutOfMemoryError} included), or an {@link ObserverFailure}. The stream is always closed, whether the film
 * ended, decoding failed or the detection stopped.
 */
final class DecodingLoop implements Runnable {

    /** The film ended: what the decoder reported, and the shot cuts it found. */
    record End(List<String> warnings, List<Double> shotCuts) {
    }

    /** Decoding failed. */
    record Failure(Throwable cause) {
    }

    /** The observer failed: the detection ends with its exception, which is not the movie's fault. */
    record ObserverFailure(RuntimeException cause) {
    }

    private final SampleStream stream;
    private final BlockingQueue<Object> queue;
    private final AtomicBoolean stop;
    private final long pollMillis;
    private final SecondObserver observer;
    private volatile End ended;

    DecodingLoop(SampleStream stream, BlockingQueue<Object> queue, AtomicBoolean stop, long pollMillis,
            SecondObserver observer) {
        this.stream = stream;
        this.observer = observer;
        this.queue = queue;
        this.stop = stop;
        this.pollMillis = pollMillis;
    }

    @Override
    public void run() {
        try (stream) {
            Optional<SecondSample> next;
            while (!stop.get() && (next = stream.next()).isPresent()) {
                try {
                    observer.decoded(next.get());
                } catch (RuntimeException e) {
                    put(new ObserverFailure(e));
                    return;
                }
                put(next.get());
            }
            ended = new End(List.copyOf(stream.warnings()), List.copyOf(stream.shotCuts()));
            put(ended);
        } catch (Throwable failure) {
            // Reported, not rethrown: an uncaught Error would end this thread and leave the classifying thread
            // waiting. That thread also watches this one, should even this report fail.
            put(new Failure(failure));
        }
    }

    /**
     * What the decoder had reported when the loop ended, also when it was stopped before the film's end; null while
     * it runs and after a failure.
     */
    End ended() {
        return ended;
    }

    private void put(Object item) {
        try {
            while (!stop.get() && !queue.offer(item, pollMillis, TimeUnit.MILLISECONDS)) {
                // the classifier is behind: wait, but notice a stop
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
