package org.kissdetect.decode.internal;

import java.lang.reflect.Proxy;

import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.encode.MovieEncoder;
import org.osgi.service.log.Logger;

/**
 * The decoder and encoder outside OSGi, with the default configuration and FFmpeg's log discarded: for unit tests
 * of other modules, which put this bundle on their test class path (never for production code, which gets the
 * DS services).
 */
public final class Standalone {

    private Standalone() {
    }

    /** @return an encoder */
    public static MovieEncoder encoder() {
        return new FfmpegEncoderComponent(settings("exact"), silentLogger());
    }

    /**
     * @param mode {@code exact} or {@code fast}
     * @return a decoder in that mode
     */
    public static MovieDecoder decoder(String mode) {
        return new FfmpegDecoderComponent(settings(mode), silentLogger());
    }

    static DecodeSettings settings(String mode) {
        return DecodeSettings.of(Configurations.decoder(mode, 0, 30, ""));
    }

    static Logger silentLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getName" -> "silent";
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "silent logger";
                    default -> method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }
}
