/**
 * Editors' projects: the timelines editors exchange (Shotcut, Kdenlive, FCPXML from Final Cut Pro and DaVinci
 * Resolve, Final Cut Pro 7 XML from Premiere Pro, OpenTimelineIO) read for the media their clips use, and written
 * back with the detected scenes marked where they fall on the timeline.
 */
@Export
@Version("1.1.0")
package org.kissdetect.api.projects;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
