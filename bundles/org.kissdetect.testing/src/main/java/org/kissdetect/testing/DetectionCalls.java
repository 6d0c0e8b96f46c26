package org.kissdetect.testing;

import org.osgi.annotation.versioning.ProviderType;

/** How often the test double's {@code DetectionService} was asked for what. */
@ProviderType
public interface DetectionCalls {

    /**
     * Calls of {@code detect}: the ones that would run the model.
     *
     * @return the number of calls since the service started
     */
    int detectCalls();

    /**
     * Calls of {@code cached}: re-segmentations of cached scores.
     *
     * @return the number of calls since the service started
     */
    int cachedCalls();
}
