/**
 * Test media and test doubles, for tests only (this bundle is never part of a shipped runtime).
 *
 * <p>{@link org.kissdetect.testing.ColourCodedMovies} makes small movies whose kissing seconds are red. The bundle
 * registers a {@code DetectionService} that reads that code: a second's probability is how red its first frame
 * is. It caches each movie's scores like the real pipeline, re-segments them through the real {@code Segmenter},
 * and counts its calls as a {@link org.kissdetect.testing.DetectionCalls} service, so that a test can prove that
 * something happened without a model run. Swap it for the real pipeline by replacing this bundle with
 * {@code org.kissdetect.detect} in a bndrun.
 */
@Export
@Version("1.0.0")
package org.kissdetect.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
