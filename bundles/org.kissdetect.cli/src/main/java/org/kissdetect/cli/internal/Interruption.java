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
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came while the command was starting: it stops at its first look.
            cancelled.set(true);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Ends the command with exit code 130 when Ctrl-C came, so that nothing is committed and no success is printed.
     *
     * @param what what would have been written, for the message
     */
    void stopIfCancelled(Object what) {
        if (isCancelled()) {
            throw new CommandFailure(ExitCodes.CANCELLED, "cancelled; nothing written for " + what);
        }
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
            // the hook is running, or was never added: it has been told we are done
        }
    }
}
