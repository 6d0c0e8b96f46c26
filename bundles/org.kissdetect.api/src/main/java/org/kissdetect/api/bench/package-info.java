/**
 * Benchmarks that bundles outside the command line contribute to {@code kissdetect bench NAME}: those that must
 * time their own internals (native code, for instance) next to a baseline measured in the same run.
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.bench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
