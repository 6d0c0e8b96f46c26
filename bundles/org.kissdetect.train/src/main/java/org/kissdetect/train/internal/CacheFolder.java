package org.kissdetect.train.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.kissdetect.common.cache.CacheRoot;


/** The training bundle's cache folder, from its configuration (PID {@value #PID}). */
final class CacheFolder {

    static final String PID = "org.kissdetect.train";

    private CacheFolder() {
    }

    static Path of(TrainingConfiguration configuration) {
        String configured = configuration.cacheDirectory();
        if (configured == null || configured.isBlank()) {
            return CacheRoot.folder("training");
        }
        try {
            return Path.of(configured);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": cacheDirectory '" + configured
                    + "' is not a path: " + e.getReason(), e);
        }
    }
}
