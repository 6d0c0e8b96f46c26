/**
 * Events the host sends to plugins through the OSGi whiteboard.
 *
 * <p><b>Plugins implement</b> {@link org.kissdetect.nle.sdk.event.MediaImportListener} and register it as an OSGi
 * service. <b>The host</b> calls every registered listener once media items have been added to a project, on a
 * thread of its own (never its UI thread), one listener after the other; a listener that throws is logged and does
 * not keep the others from hearing of the import.
 */
@Export
@Version("1.0.0")
package org.kissdetect.nle.sdk.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
