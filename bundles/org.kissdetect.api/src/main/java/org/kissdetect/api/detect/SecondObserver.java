package org.kissdetect.api.detect;

import org.kissdetect.api.decode.SecondSample;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Watches the seconds a detection decodes, to take something from them in the same pass (the stills of a report).
 * It is called on the detection's decoding thread, once per decoded second in order from second 0, before the
 * second is classified; a detection whose scores come from the cache decodes nothing and never calls it.
 * Decoding waits while it runs: take a few milliseconds at most. Whatever it throws ends the detection with that
 * exception.
 *
 * @since 1.2
 */
@ConsumerType
@FunctionalInterface
public interface SecondObserver {

    /** Observes nothing. */
    SecondObserver NONE = sample -> {
    };

    /**
     * A second has been decoded.
     *
     * @param sample the second; shared with the detection, so read it and do not keep or change its arrays
     */
    void decoded(SecondSample sample);
}
