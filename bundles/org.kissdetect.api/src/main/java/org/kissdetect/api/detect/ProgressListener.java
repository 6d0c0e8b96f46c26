package org.kissdetect.api.detect;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told how a detection advances. Called on the detection's thread, a few times a second at most: return quickly.
 */
@ConsumerType
@FunctionalInterface
public interface ProgressListener {

    /**
     * A detection has advanced.
     *
     * @param progress how far it has come
     */
    void progress(DetectionProgress progress);
}
