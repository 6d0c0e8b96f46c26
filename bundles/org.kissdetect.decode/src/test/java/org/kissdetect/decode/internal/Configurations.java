package org.kissdetect.decode.internal;

import java.lang.annotation.Annotation;

/** Configuration values as the annotation type DS would hand over, for use outside a framework. */
final class Configurations {

    private Configurations() {
    }

    static DecoderConfiguration decoder(String mode, int threads, int stallTimeoutSeconds, String cacheDir) {
        return decoder(mode, threads, stallTimeoutSeconds, cacheDir, -1);
    }

    static DecoderConfiguration decoder(String mode, int threads, int stallTimeoutSeconds, String cacheDir,
            int audioTrack) {
        return decoder(mode, threads, stallTimeoutSeconds, cacheDir, audioTrack, true);
    }

    static DecoderConfiguration decoder(String mode, int threads, int stallTimeoutSeconds, String cacheDir,
            int audioTrack, boolean skipPictures) {
        return decoder(mode, threads, stallTimeoutSeconds, cacheDir, audioTrack, skipPictures, false);
    }

    static DecoderConfiguration decoder(String mode, int threads, int stallTimeoutSeconds, String cacheDir,
            int audioTrack, boolean skipPictures, boolean decodeReduced) {
        return new DecoderConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DecoderConfiguration.class;
            }

            @Override
            public String mode() {
                return mode;
            }

            @Override
            public boolean skipPictures() {
                return skipPictures;
            }

            @Override
            public boolean decodeReduced() {
                return decodeReduced;
            }

            @Override
            public int threads() {
                return threads;
            }

            @Override
            public int stallTimeoutSeconds() {
                return stallTimeoutSeconds;
            }

            @Override
            public int audioTrack() {
                return audioTrack;
            }

            @Override
            public String javacppCacheDir() {
                return cacheDir;
            }
        };
    }
}
