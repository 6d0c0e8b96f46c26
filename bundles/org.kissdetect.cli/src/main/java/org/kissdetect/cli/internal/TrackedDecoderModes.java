package org.kissdetect.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kissdetect.api.decode.MovieDecoder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the decoder of a mode by its {@code mode} service property: the decoding bundle offers one in each mode,
 * the configured one ranked first, so no mode is got by rewriting that bundle's configuration. The services stay
 * tracked until this component stops, so a command may use them to its end.
 */
@Component
public final class TrackedDecoderModes implements DecoderModes {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final BundleContext context;
    private final Map<String, ServiceTracker<MovieDecoder, MovieDecoder>> trackers = new ConcurrentHashMap<>();

    @Activate
    public TrackedDecoderModes(BundleContext context) {
        this.context = context;
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
        try {
            MovieDecoder decoder = tracker(mode).waitForService(PATIENCE.toMillis());
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

    /** The tracker of {@code mode}'s decoders; without a mode, of all of them, whose best ranked is the configured. */
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
}
