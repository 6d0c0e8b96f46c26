/**
 * Labels: the kissing and not-kissing spans editors mark in their own projects, read as training examples in the
 * source time of the media they cover.
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.labels;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
