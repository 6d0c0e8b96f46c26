/**
 * The test-media kit: movies with known content, written through any
 * {@link org.kissdetect.api.encode.MovieEncoder}, and the means to read that content back.
 *
 * <p>Every picture carries its frame number as big black and white blocks ({@link FrameCode}) that survive lossy
 * coding and scaling; every second {@code k} carries a tone of its own frequency ({@link Tones}) that starts at
 * {@code k + } {@link Tones#ONSET_SECONDS}. A {@link TestMovie} describes a movie and predicts what a decoder
 * must find in each second; {@link TestMedia} writes it. A test-support API: used by unit tests (on the plain
 * class path), integration tests, demonstrations and synthetic training data.
 *
 * <p>Synthetic films ({@link SyntheticFilm}, since 1.1) have kissing scenes at known seconds whose pictures and
 * sound carry a distinct synthetic signature; a {@link SyntheticSet} is a labelled set of them with an annotation
 * file, which the demo model is trained on. Models trained on them detect the signature, not real kissing.
 */
@Export
@Version("1.1.0")
package org.kissdetect.testmedia;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
