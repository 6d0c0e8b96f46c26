/**
 * Markers: detected scenes written in the formats video editors import (OpenTimelineIO, FCPXML, Final Cut Pro 7
 * XML, DaVinci Resolve EDL, Avid marker text, Shotcut and Kdenlive projects, WebVTT chapters, JSON, CSV).
 */
@Export
@Version("1.1.0")
package org.kissdetect.api.markers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
