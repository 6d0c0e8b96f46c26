package org.kissdetect.classify.internal.model;

import java.util.Locale;

/**
 * Where a detector runs: the GPU when libtorch sees one ({@code auto}), or as configured. Free of DJL types, so
 * that configuring a component loads nothing of libtorch ({@link DetectorLoader} resolves the device).
 */
public enum DeviceChoice {

    /** The first GPU when libtorch sees one, else the CPU. */
    AUTO,
    /** The CPU. */
    CPU,
    /** The first GPU; refused when libtorch sees none. */
    GPU;

    /**
     * Reads a configured device.
     *
     * @param text {@code auto}, {@code cpu} or {@code gpu}, in any case
     * @return the choice
     * @throws IllegalArgumentException for anything else
     */
    public static DeviceChoice parse(String text) {
        try {
            return valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device must be auto, cpu or gpu, got '" + text + "'", e);
        }
    }
}
