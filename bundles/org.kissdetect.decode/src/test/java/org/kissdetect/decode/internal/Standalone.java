package org.kissdetect.decode.internal;

import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.encode.MovieEncoder;

/**
 * The decoder and encoder outside OSGi, with the default configuration, leaving FFmpeg's log where it goes
 * (nowhere, unless a component with a logger was made): for unit tests
 * of other modules, which put this bundle on their test class path (never for production code, which gets the
 * DS services).
 */
public final class Standalone {

    private Standalone() {
    }

    /** @return an encoder */
    public static MovieEncoder encoder() {
        return new FfmpegEncoderComponent(settings("exact"), null);
    }

    /**
     * @param mode {@code exact} or {@code fast}
     * @return a decoder in that mode
     */
    public static MovieDecoder decoder(String mode) {
        return new FfmpegDecoderComponent(settings(mode), null);
    }

    /**
     * @param mode       {@code exact} or {@code fast}
     * @param audioTrack the configured sound track, -1 for the default
     * @return a decoder in that mode hearing that track
     */
    static MovieDecoder decoder(String mode, int audioTrack) {
        return new FfmpegDecoderComponent(DecodeSettings.of(Configurations.decoder(mode, 0, 30, "", audioTrack)),
                null);
    }

    static DecodeSettings settings(String mode) {
        return DecodeSettings.of(Configurations.decoder(mode, 0, 30, ""));
    }
}
