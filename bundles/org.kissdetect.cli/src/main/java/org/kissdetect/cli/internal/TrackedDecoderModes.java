package org.kissdetect.cli.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.api.decode.MovieDecoder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Chooses the decoding mode the way every setting is chosen: through Config Admin. When no decoder runs in the
 * requested mode, the {@value #PID} configuration is updated and the command waits for the decoder whose
 * {@code mode} service property matches (the headless runtime does not persist configuration, so this lasts one
 * run). The services stay tracked until this component stops, so a command may use them to its end.
 */
@Component
public final class ConfiguredDecoderModes implements DecoderModes {

    static final String PID = "org.kissdetect.decode";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final Map<String, ServiceTracker<MovieDecoder, MovieDecoder>> trackers = new ConcurrentHashMap<>();

    @Activate
    public ConfiguredDecoderModes(BundleContext context, @Reference ConfigurationAdmin configurationAdmin) {
        this.context = context;
        this.configurationAdmin = configurationAdmin;
    }

    @Deactivate
    void deactivate() {
        trackers.values().forEach(ServiceTracker::close);
    }

    @Override
    public MovieDecoder decoder(String mode) {
        if (mode != null && !List.of("exact", "fast").contains(mode)) {
            throw CommandFailure.badInput("--mode must be exact or fast, got " + mode);
        }
        ServiceTracker<MovieDecoder, MovieDecoder> tracker = tracker(mode);
        if (mode != null && tracker.getService() == null) {
            configure(mode);
        }
        try {
            MovieDecoder decoder = tracker.waitForService(PATIENCE.toMillis());
            if (decoder == null) {
                throw new CommandFailure(ExitCodes.FAILED, "no movie decoder" + (mode == null ? "" : " in " + mode
                        + " mode") + " became available within " + PATIENCE.toSeconds() + " s");
            }
            return decoder;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.CANCELLED, "interrupted");
        }
    }

    private ServiceTracker<MovieDecoder, MovieDecoder> tracker(String mode) {
        return trackers.computeIfAbsent(mode == null ? "" : mode, key -> {
            String filter = "(" + Constants.OBJECTCLASS + "=" + MovieDecoder.class.getName() + ")";
            if (!key.isEmpty()) {
                filter = "(&" + filter + "(mode=" + key + "))";
            }
            try {
                Filter parsed = FrameworkUtil.createFilter(filter);
                ServiceTracker<MovieDecoder, MovieDecoder> tracker = new ServiceTracker<>(context, parsed, null);
                tracker.open();
                return tracker;
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
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
            throw new CommandFailure(ExitCodes.FAILED, "cannot configure " + PID + ": " + e.getMessage(), e);
        }
    }
}
