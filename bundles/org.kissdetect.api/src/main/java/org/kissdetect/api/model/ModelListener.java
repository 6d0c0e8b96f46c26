package org.kissdetect.api.model;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how the preparation of a model (making the demo model: seconds) advances. Every method may be left out. */
@ConsumerType
public interface ModelListener {

    /**
     * A stage advanced.
     *
     * @param stage what is being done, such as {@code "rebuilding the demo model"}
     * @param done  the units done
     * @param total the units in all
     */
    default void stage(String stage, int done, int total) {
    }

    /**
     * Something a person should read, such as that the demo model must be trained first (minutes).
     *
     * @param text one sentence
     */
    default void notice(String text) {
    }
}
