/**
 * Encoding: writing movies with chosen pictures and sound at chosen times, for test media, demonstrations and
 * synthetic training sets. Pictures are {@link org.kissdetect.api.decode.RgbImage}s; failures are
 * {@link org.kissdetect.api.decode.MediaException}s naming the file.
 */
@Export
@Version("1.2.0")
package org.kissdetect.api.encode;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
