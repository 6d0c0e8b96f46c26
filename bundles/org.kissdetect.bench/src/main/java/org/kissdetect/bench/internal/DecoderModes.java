package org.kissdetect.bench.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.api.decode.MovieDecoder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The movie decoder in the mode {@code bench decode} times next: when no decoder runs in that mode, the
 * {@value #PID} configuration is updated and the decoder whose {@code mode} service property matches is waited
 * for. The bench runtime keeps no configuration, so this lasts one run.
 */
final class DecoderModes implements AutoCloseable {

    static final String PID = "org.kissdetect.decode";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final Map<String, ServiceTracker<MovieDecoder, MovieDecoder>> trackers = new ConcurrentHashMap<>();

    DecoderModes(BundleContext context, ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
    }

    /** @param mode {@code exact} or {@code fast} */
    MovieDecoder decoder(String mode) throws InterruptedException {
        ServiceTracker<MovieDecoder, MovieDecoder> tracker = trackers.computeIfAbsent(mode, this::track);
        if (tracker.getService() == null) {
            configure(mode);
        }
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

    private void configure(String mode) {
        try {
            Configuration configuration = configurationAdmin.getConfiguration(PID, "?");
            Dictionary<String, Object> properties = configuration.getProperties();
            if (properties == null) {
                properties = new Hashtable<>();
            }
            properties.put("mode", mode);
            configuration.update(properties);
        } catch (IOException e) {
            throw new BenchFailure(ExitCodes.FAILED, "cannot configure " + PID + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
    }
}
