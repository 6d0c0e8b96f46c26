package org.kissdetect.nle.sdk.preferences;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the host's preferences. <b>Implemented by plugins</b>, registered as a whiteboard service; the page's
 * content comes from the Metatype of {@link #pid()} in the registering bundle, or, for a page that shows settings
 * another bundle owns, in that bundle. Hosts list the pages by service ranking, highest first, and show no
 * configuration that no page names.
 */
@ConsumerType
public interface PreferencePage {

    /**
     * The configuration PID the page edits.
     *
     * @return a PID described by the Metatype of the registering bundle or of the bundle that owns it
     */
    String pid();

    /**
     * The page's title in the host's preferences.
     *
     * @return the title
     */
    String title();
}
