package org.kissdetect.decode.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.kissdetect.api.decode.MovieDecoder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The decoder in the mode the configuration did not choose, with the configuration's other settings. A caller
 * that needs a mode ({@code samples --mode}, {@code bench decode}) picks a decoder by its {@code mode} service
 * property, and nobody rewrites this bundle's configuration to get one. Ranked below the configured decoder, which
 * every caller that names no mode gets. Registered by hand because its {@code mode} property is the opposite of
 * the configuration's, which DS would copy onto a component's service.
 *
 * <p>It needs the configured decoder to be registered: so that one is always there first, and a component whose
 * static reference to a {@code MovieDecoder} is being satisfied binds the configured one, never this one.
 */
@Component(configurationPid = DecodeSettings.PID, immediate = true)
public final class OtherModeDecoderComponent {

    static final int RANKING = -1;

    private final ServiceRegistration<MovieDecoder> registration;
    private final FfmpegDecoderComponent decoder;

    @Activate
    public OtherModeDecoderComponent(BundleContext context, DecoderConfiguration configuration,
            @Reference(service = LoggerFactory.class) Logger logger,
            @Reference(target = "(component.name=org.kissdetect.decode.internal.FfmpegDecoderComponent)")
            MovieDecoder configured) {
        DecodeSettings other = otherMode(DecodeSettings.of(configuration));
        decoder = new FfmpegDecoderComponent(other, logger);
        registration = context.registerService(MovieDecoder.class, decoder, properties(other));
    }

    /** A new configuration changes the other decoder in place, as it changes the configured one. */
    @Modified
    void modified(DecoderConfiguration configuration) {
        DecodeSettings other = otherMode(DecodeSettings.of(configuration));
        decoder.reconfigure(other);
        registration.setProperties(properties(other));
    }

    private static Dictionary<String, Object> properties(DecodeSettings settings) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("mode", settings.mode());
        properties.put(Constants.SERVICE_RANKING, RANKING);
        return properties;
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    static DecodeSettings otherMode(DecodeSettings configured) {
        return configured.withFast(!configured.fast());
    }
}
