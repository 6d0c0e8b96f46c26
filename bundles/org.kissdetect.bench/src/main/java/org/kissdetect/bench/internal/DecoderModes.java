package org.kissdetect.bench.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.api.decode.MovieDecoder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The movie decoder in the mode {@code bench decode} times next, found by its {@code mode} service property: the
 * decoding bundle offers one in each mode, so nothing rewrites its configuration.
 */
final class DecoderModes implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final BundleContext context;
    private final Map<String, ServiceTracker<MovieDecoder, MovieDecoder>> trackers = new ConcurrentHashMap<>();

    DecoderModes(BundleContext context) {
        this.context = context;
    }

    /** @param mode {@code exact} or {@code fast} */
    MovieDecoder decoder(String mode) throws InterruptedException {
        ServiceTracker<MovieDecoder, MovieDecoder> tracker = trackers.computeIfAbsent(mode, this::track);
        MovieDecoder decoder = tracker.waitForService(PATIENCE.toMillis());
        if (decoder == null) {
            throw new BenchFailure(ExitCodes.FAILED, "no movie decoder in " + mode + " mode became available within "
                    + PATIENCE.toSeconds() + " s");
        }
        return decoder;
    }

    private ServiceTracker<MovieDecoder, MovieDecoder> track(String mode) {
        try {
            ServiceTracker<MovieDecoder, MovieDecoder> tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(
                    "(&(" + Constants.OBJECTCLASS + "=" + MovieDecoder.class.getName() + ")(mode=" + mode + "))"), null);
            tracker.open();
            return tracker;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("no decoding mode '" + mode + "'", e);
        }
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
    }
}
