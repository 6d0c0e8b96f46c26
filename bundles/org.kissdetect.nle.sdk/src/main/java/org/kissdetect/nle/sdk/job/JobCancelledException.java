package org.kissdetect.nle.sdk.job;

/**
 * A job stopped because it was cancelled. The host reports it as cancelled, not as a failure.
 */
public class JobCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A cancelled job.
     *
     * @param message what was cancelled and how far it had come
     */
    public JobCancelledException(String message) {
        super(message);
    }
}
