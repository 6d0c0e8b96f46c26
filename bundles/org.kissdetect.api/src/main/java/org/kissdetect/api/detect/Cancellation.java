package org.kissdetect.api.detect;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Asked, often, whether a detection should stop. A detection that sees {@code true} stops within a second,
 * frees what it holds and writes nothing.
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
