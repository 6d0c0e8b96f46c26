/**
 * Test support for desktop programs: an Xvfb display to run them on and drive them, and colour finding in its
 * screenshots. Never shipped.
 */
@Export
@Version("1.0.0")
package org.kissdetect.testing.screen;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
