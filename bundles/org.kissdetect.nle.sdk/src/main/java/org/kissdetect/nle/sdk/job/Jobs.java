package org.kissdetect.nle.sdk.job;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs jobs in the background with a progress display and a way to cancel. <b>Implemented by the host</b>, which
 * registers one service of this type. Thread-safe.
 */
@ProviderType
public interface Jobs {

    /**
     * Schedules a job; it starts as soon as the host has a thread for it.
     *
     * @param title what the user sees while it runs: {@code "Detecting kissing scenes in movie.mp4"}
     * @param job   the work
     * @return a handle to cancel it or wait for it
     */
    JobHandle schedule(String title, Job job);
}
