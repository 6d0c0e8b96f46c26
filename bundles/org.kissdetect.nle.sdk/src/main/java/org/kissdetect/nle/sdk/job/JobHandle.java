package org.kissdetect.nle.sdk.job;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A scheduled job, as its scheduler sees it. <b>Implemented by the host.</b> Thread-safe.
 */
@ProviderType
public interface JobHandle {

    /**
     * The title the host shows.
     *
     * @return the title given when it was scheduled
     */
    String title();

    /** Asks the job to stop; it stops at its next check of {@link JobMonitor#isCancelled()}. */
    void cancel();

    /**
     * The end of the job.
     *
     * @return completes normally when the job succeeded, exceptionally with its exception (a
     *         {@link JobCancelledException} when cancelled) otherwise
     */
    CompletionStage<Void> completion();
}
