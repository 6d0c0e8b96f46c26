/**
 * Classification: network inputs become a per-second probability of kissing, from a detector model directory.
 */
@Export
@Version("1.5.0")
package org.kissdetect.api.classify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
