package org.kissdetect.nle.sdk.job;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A running job's link to the host. <b>Implemented by the host.</b> Thread-safe.
 */
@ProviderType
public interface JobMonitor {

    /**
     * Reports how far the job has come.
     *
     * @param fraction the fraction done, in {@code [0, 1]}; values outside are clamped
     * @param message  what it is doing now, for the user; empty when there is nothing to say
     */
    void progress(double fraction, String message);

    /**
     * Whether the user (or the host) asked the job to stop.
     *
     * @return {@code true} once cancelled
     */
    boolean isCancelled();
}
