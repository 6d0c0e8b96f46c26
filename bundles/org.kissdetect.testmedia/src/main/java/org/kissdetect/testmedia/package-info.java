/**
 * The test-media kit: movies with known content, written through any
 * {@link org.kissdetect.api.encode.MovieEncoder}, and the means to read that content back.
 *
 * <p>Every picture carries its frame number as big black and white blocks ({@link FrameCode}) that survive lossy
 * coding and scaling; every second {@code k} carries a tone of its own frequency ({@link Tones}) that starts at
 * {@code k + } {@link Tones#ONSET_SECONDS}. A {@link TestMovie} describes a movie and predicts what a decoder
 * must find in each second; {@link TestMedia} writes it. A test-support API for unit tests (on the plain class
 * path), integration tests and benchmarks; the shipped runtimes never assemble it.
 *
 * <p>2.0: the synthetic films moved to the product bundle {@code org.kissdetect.synthetic}.
 */
@Export
@Version("2.1.0")
package org.kissdetect.testmedia;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
