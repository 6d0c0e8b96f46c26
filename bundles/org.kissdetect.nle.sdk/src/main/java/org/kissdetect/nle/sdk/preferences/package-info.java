/**
 * Preference pages described by OSGi Metatype and stored through Config Admin.
 *
 * <p><b>Plugins implement</b> {@link org.kissdetect.nle.sdk.preferences.PreferencePage} and register it as an OSGi
 * service; the page's PID is described by the Metatype of that bundle or of the bundle that owns the settings.
 * <b>The host</b> builds the page's form from that {@code ObjectClassDefinition} (each attribute's name,
 * description, type, options and default), validates the user's values against it, and stores them with {@code ConfigurationAdmin} under the PID. The plugin's
 * component then receives the configuration as usual; a host shows the reason when the component refuses it.
 */
@Export
@Version("1.0.0")
package org.kissdetect.nle.sdk.preferences;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
