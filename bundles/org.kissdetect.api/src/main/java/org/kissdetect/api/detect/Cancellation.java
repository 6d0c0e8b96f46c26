package org.kissdetect.api.detect;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Asked, often, whether a detection should stop. A detection that sees {@code true} stops within a second,
 * frees what it holds and writes no result; the seconds it classified are kept in the score cache so that the
 * next detection of the same movie with the same model resumes from them.
 */
@ConsumerType
@FunctionalInterface
public interface Cancellation {

    /**
     * Whether the caller wants the detection to stop.
     *
     * @return {@code true} to stop
     */
    boolean isCancelled();
}
