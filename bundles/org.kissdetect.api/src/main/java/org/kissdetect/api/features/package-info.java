/**
 * Feature extraction: a decoded second becomes exactly the tensors the networks expect, an ImageNet-normalised
 * 3x224x224 image and a 96x64 VGGish log-mel patch.
 */
@Export
@Version("1.2.0")
package org.kissdetect.api.features;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
