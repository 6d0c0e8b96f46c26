/**
 * Importing public PyTorch checkpoints: a {@code .pth} file read as a state dict without running its pickle, and
 * the layouts that turn a recognised state dict into files the product loads (backbone weights, model
 * directories). Each bundle that owns a network contributes its layout as a {@link CheckpointLayout} service.
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.checkpoint;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
