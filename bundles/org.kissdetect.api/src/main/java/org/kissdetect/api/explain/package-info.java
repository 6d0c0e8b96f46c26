/**
 * Explanations of a detector's answers: saliency maps (the paper's Figure 8), the gradient of the kissing logit
 * with respect to the pixels of a second's still, drawn as a heat overlay on that still.
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.explain;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
