package org.kissdetect.classify.internal.model;

import java.util.Locale;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Where a detector runs: the GPU when libtorch sees one ({@code auto}), or as configured. */
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

    /**
     * The device this choice means on a started engine.
     *
     * @param engine the PyTorch engine
     * @return the device
     * @throws IllegalStateException when a GPU is asked for and libtorch sees none
     */
    public Device resolve(Engine engine) {
        int gpus = engine.getGpuCount();
        return switch (this) {
            case CPU -> Device.cpu();
            case AUTO -> gpus > 0 ? Device.gpu() : Device.cpu();
            case GPU -> {
                if (gpus == 0) {
                    throw new IllegalStateException("device gpu was asked for, but libtorch " + engine.getVersion()
                            + " sees no GPU (a CPU build, or no CUDA device; see README, 'GPU')");
                }
                yield Device.gpu();
            }
        };
    }
}
