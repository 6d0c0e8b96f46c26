package org.kissdetect.nle.sdk.job;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work to run in the background. <b>Implemented by plugins.</b>
 */
@ConsumerType
@FunctionalInterface
public interface Job {

    /**
     * Does the work on a host thread, reporting progress and stopping soon after
     * {@link JobMonitor#isCancelled()} turns {@code true}.
     *
     * @param monitor where progress goes and whence cancellation comes
     * @throws JobCancelledException when it stopped because it was cancelled
     * @throws Exception             when it failed; the host shows the message
     */
    void run(JobMonitor monitor) throws Exception;
}
