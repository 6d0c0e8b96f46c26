package org.kissdetect.train.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The training bundle's cache folder, from its configuration (PID {@value #PID}). */
final class CacheFolder {

    static final String PID = "org.kissdetect.train";

    private CacheFolder() {
    }

    static Path of(TrainingConfiguration configuration) {
        String configured = configuration.cacheDirectory();
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".cache", "kissdetect", "training");
        }
        try {
            return Path.of(configured);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": cacheDirectory '" + configured
                    + "' is not a path: " + e.getReason(), e);
        }
    }
}
