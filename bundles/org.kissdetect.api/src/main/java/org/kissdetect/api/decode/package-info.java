/**
 * Decoding: a movie file becomes one {@link org.kissdetect.api.decode.SecondSample} per complete second,
 * the still and the sound the networks look at.
 */
@Export
@Version("1.5.0")
package org.kissdetect.api.decode;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
