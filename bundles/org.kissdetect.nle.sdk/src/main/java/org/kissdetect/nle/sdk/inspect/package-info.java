/**
 * Marker inspectors: a picture and a sentence about a marker at the playhead, such as where a detector looked,
 * contributed through the OSGi whiteboard.
 *
 * <p><b>Plugins implement</b> {@link org.kissdetect.nle.sdk.inspect.MarkerInspector} and register it as an OSGi
 * service. <b>The host</b> tracks these services and, when its playhead rests on a marker, asks them in order of
 * {@code service.ranking} (highest first) then id which one {@linkplain
 * org.kissdetect.nle.sdk.inspect.MarkerInspector#inspects inspects} it; it runs the first that does
 * {@linkplain org.kissdetect.nle.sdk.inspect.MarkerInspector#inspect off its UI thread}, cancels it when the
 * playhead moves on, and shows the {@link org.kissdetect.nle.sdk.inspect.MarkerInspection} it returns (the
 * picture scaled to fit, with its caption), or the exception's message when it fails. Inspectors come and go at
 * any time; a host never keeps one after its service is unregistered.
 */
@Export
@Version("1.0.0")
package org.kissdetect.nle.sdk.inspect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
