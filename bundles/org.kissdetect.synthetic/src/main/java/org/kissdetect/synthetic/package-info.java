/**
 * Synthetic films: generated movies with kissing scenes at known seconds whose pictures and sound carry a distinct
 * synthetic signature ({@link SyntheticFilm}), and labelled sets of them with an annotation file
 * ({@link SyntheticSet}). The demo model is trained on {@link SyntheticSet#standard()} and shown on a
 * {@link SyntheticFilm}; models trained on them detect the signature, not real kissing.
 *
 * <p>Plain values written through any {@link org.kissdetect.api.encode.MovieEncoder}: an exported library package
 * rather than a service, because callers on the plain class path (unit tests) need them as much as bundles do.
 * Until 1.1 of {@code org.kissdetect.testmedia} these classes lived there.
 */
@Export
@Version("1.1.0")
package org.kissdetect.synthetic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
