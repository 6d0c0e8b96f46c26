/**
 * Segmentation: per-second probabilities become non-overlapping kissing scenes (the paper's Algorithm 1).
 */
@Export
@Version("1.1.0")
package org.kissdetect.api.segment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
