package org.kissdetect.cli.internal;

import java.nio.file.Path;

/** Where the demo model lives: {@code kissdetect.demo.model}, else {@code ~/.cache/kissdetect/models/demo}. */
final class DemoModelLocation {

    private DemoModelLocation() {
    }

    static Path directory() {
        String configured = System.getProperty("kissdetect.demo.model");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "kissdetect", "models", "demo");
    }
}
