/**
 * Starting DJL's PyTorch engine inside OSGi. The one package of this library bundle that is ours; everything
 * else it exports is DJL ({@code ai.djl.*}).
 */
@Export
@Version("1.0.0")
package org.kissdetect.djl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
