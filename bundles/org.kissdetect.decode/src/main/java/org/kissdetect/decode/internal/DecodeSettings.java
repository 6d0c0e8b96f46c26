package org.kissdetect.decode.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.kissdetect.common.cache.CacheRoot;


/**
 * The decoding configuration, checked.
 *
 * @param fast         whether the fast mode is on
 * @param threads      video decoder threads, 0 for FFmpeg's choice
 * @param stallTimeout how long one read may make no progress
 * @param cacheDir     JavaCPP's cache folder
 * @param audioTrack   the sound track heard, -1 for the default one
 * @param skipPictures whether pictures that cannot be a still and that nothing refers to are left undecoded
 * @param decodeReduced whether a codec that can decode at a fraction of the size does, down to the stills' size
 */
record DecodeSettings(boolean fast, int threads, Duration stallTimeout, Path cacheDir, int audioTrack,
        boolean skipPictures, boolean decodeReduced) {

    static final String PID = "org.kissdetect.decode";

    static DecodeSettings of(DecoderConfiguration configuration) {
        String mode = configuration.mode();
        if (!"exact".equals(mode) && !"fast".equals(mode)) {
            throw invalid("mode", mode, "exact or fast");
        }
        if (configuration.threads() < 0 || configuration.threads() > 64) {
            throw invalid("threads", configuration.threads(), "0 (automatic) to 64");
        }
        if (configuration.audioTrack() < -1) {
            throw invalid("audioTrack", configuration.audioTrack(), "-1 (the default track) or a track number from 0");
        }
        if (configuration.stallTimeoutSeconds() < 1) {
            throw invalid("stallTimeoutSeconds", configuration.stallTimeoutSeconds(), "at least 1");
        }
        String cache = configuration.javacppCacheDir() == null ? "" : configuration.javacppCacheDir().strip();
        Path cacheDir = cache.isEmpty()
                ? CacheRoot.folder("javacpp")
                : Path.of(cache);
        return new DecodeSettings("fast".equals(mode), configuration.threads(),
                Duration.ofSeconds(configuration.stallTimeoutSeconds()), cacheDir, configuration.audioTrack(),
                configuration.skipPictures(), configuration.decodeReduced());
    }

    /** @return these settings in exact mode */
    DecodeSettings exact() {
        return withFast(false);
    }

    /** @return these settings in fast mode, or in exact mode */
    DecodeSettings withFast(boolean fastMode) {
        return new DecodeSettings(fastMode, threads, stallTimeout, cacheDir, audioTrack, skipPictures,
                decodeReduced);
    }

    String mode() {
        return fast ? "fast" : "exact";
    }

    private static IllegalArgumentException invalid(String attribute, Object value, String expected) {
        return new IllegalArgumentException("invalid configuration " + PID + ": " + attribute + " must be "
                + expected + ", got " + value);
    }
}
