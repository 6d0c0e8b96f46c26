package org.kissdetect.itest.editor;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for the framework to settle, without fixed sleeps. */
final class Services {

    private Services() {
    }

    /** Polls {@code probe} until it finds something, failing after {@code patience}. */
    static <T> T eventually(Duration patience, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + patience);
            }
            Thread.sleep(20);
        }
    }
}
