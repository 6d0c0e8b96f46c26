/**
 * Teaching: from the spans an editor labelled in their own project to a detector of their material, without
 * leaving the editor. The labels are checked (enough of each class), split the way their number allows (by movie,
 * or by labelled scene), trained on with the paper's protocol, evaluated on what was held out, and written as a
 * new versioned model directory with its provenance; the spans the current model is least sure of are suggested
 * for labelling next.
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.teach;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
