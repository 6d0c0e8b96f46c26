package org.kissdetect.nle.sdk.action;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A context-menu action contributed by a plugin (the handler of an Eclipse command). <b>Implemented by
 * plugins</b>, registered as a whiteboard service with the {@code nle.menu} property (see the package
 * description). The host calls it on its UI thread: both methods must return quickly; long work belongs in a
 * {@linkplain org.kissdetect.nle.sdk.job.Jobs job}.
 */
@ConsumerType
public interface Action {

    /**
     * The action's identifier, stable across versions: {@code "org.example.detect"}.
     *
     * @return the id
     */
    String id();

    /**
     * The menu item's text.
     *
     * @return the label
     */
    String label();

    /**
     * Whether the action can run on what the user selected, and why not when it cannot.
     *
     * @param context what the menu was opened on
     * @return the enablement, with a reason when disabled
     */
    Enablement enablement(ActionContext context);

    /**
     * Runs the action. Called only after {@link #enablement} said it is enabled for this context; the action
     * checks again, as things may have changed meanwhile.
     *
     * @param context what the menu was opened on
     */
    void execute(ActionContext context);
}
