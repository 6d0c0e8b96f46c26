package org.kissdetect.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.detect.Cancellation;

/**
 * Ctrl-C as a cancellation: on SIGINT the JVM runs shutdown hooks, and this one asks the running command to stop,
 * then waits (briefly) for it to clean up, so that no half-written file stays behind.
 */
final class Interruption implements Cancellation, AutoCloseable {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::cancelAndWait, "kissdetect-interrupt");

    Interruption() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    private void cancelAndWait() {
        cancelled.set(true);
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it has been told we are done
        }
    }
}
