package org.kissdetect.classify.internal;

import org.kissdetect.classify.internal.model.DeviceChoice;

/**
 * How a classifier runs, validated: the device, the CPU threads of each pass and the batch size.
 *
 * @param device    where the detector runs
 * @param threads   intra-op threads per pass on the CPU, at least 1
 * @param batchSize samples per forward pass, at least 1
 */
record RuntimeSettings(DeviceChoice device, int threads, int batchSize) {

    /** The largest batch accepted: beyond it memory grows with no gain in speed. */
    static final int MAX_BATCH = 1024;

    /**
     * Validates configured values.
     *
     * @param pid       the configuration's PID, for messages
     * @param device    {@code auto}, {@code cpu} or {@code gpu}
     * @param threads   0 for every core, or a positive count
     * @param batchSize 1 to {@value #MAX_BATCH}
     * @return the settings
     * @throws IllegalArgumentException naming the PID, the attribute and the value
     */
    static RuntimeSettings of(String pid, String device, int threads, int batchSize) {
        return of(pid, device, threads, pid, batchSize);
    }

    /**
     * Validates a component's configuration: the device and threads it shares with the bundle's other
     * components, and its own batch size.
     *
     * @param device    the configuration of PID {@value DeviceConfiguration#PID}
     * @param pid       the component's own PID, for messages about the batch size
     * @param batchSize 1 to {@value #MAX_BATCH}
     * @return the settings
     */
    static RuntimeSettings of(DeviceConfiguration device, String pid, int batchSize) {
        return of(DeviceConfiguration.PID, device.device(), device.threads(), pid, batchSize);
    }

    private static RuntimeSettings of(String devicePid, String device, int threads, String pid, int batchSize) {
        DeviceChoice choice;
        try {
            choice = DeviceChoice.parse(device);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid configuration " + devicePid + ": " + e.getMessage(), e);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("invalid configuration " + devicePid + ": threads must be 0 (automatic) or"
                    + " positive, got " + threads);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("invalid configuration " + pid + ": batchSize must be 1 to " + MAX_BATCH
                    + ", got " + batchSize);
        }
        int resolvedThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new RuntimeSettings(choice, resolvedThreads, batchSize);
    }
}
