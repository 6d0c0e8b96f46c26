/**
 * Detection: one movie in, kissing scenes out, composed from decoding, features, classification and
 * segmentation, with progress and cancellation.
 */
@Export
@Version("1.3.0")
package org.kissdetect.api.detect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
