package org.kissdetect.nle.sdk.project;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A change the plugin makes outside the project's markers and labels that the user sees, and undoes, as one step
 * of the host's history, such as switching the plugin to a newly trained model. <b>Implemented by plugins</b>,
 * handed to {@link Project#perform}. The host calls it on whichever thread performs, undoes or redoes the step.
 *
 * @since 1.2
 */
@ConsumerType
public interface UndoableChange {

    /**
     * @return what the step does, for the host's Undo menu: {@code "Use model kissing-reel-v3"}
     */
    String label();

    /**
     * Makes the change: when performed, and again on redo.
     *
     * @throws Exception when it cannot be made; the host then keeps no step and shows the message
     */
    void apply() throws Exception;

    /**
     * Takes the change back, on undo.
     *
     * @throws Exception when it cannot be taken back; the host keeps the step and shows the message
     */
    void revert() throws Exception;
}
