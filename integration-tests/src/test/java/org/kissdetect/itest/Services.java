package org.kissdetect.itest;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Waiting for the framework to settle, without fixed sleeps. */
final class Services {

    private Services() {
    }

    /** The first service of {@code type} matching {@code filter}, waiting up to {@code patience} for it. */
    static <S> S await(BundleContext context, Class<S> type, String filter, Duration patience)
            throws InterruptedException, InvalidSyntaxException {
        String full = "(&(objectClass=" + type.getName() + ")" + filter + ")";
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(full), null);
        tracker.open();
        try {
            S service = tracker.waitForService(patience.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " matching " + filter + " within " + patience);
            }
            return service;
        } finally {
            tracker.close();
        }
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
