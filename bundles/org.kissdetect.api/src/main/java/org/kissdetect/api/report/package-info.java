/**
 * The HTML report of a detection: the movie in a player where the browser can play it, the probability of every
 * second as a strip, and the first, middle and last still of every scene, taken during the detection's own
 * decoding pass, with a saliency map of its middle second. 1.1.0: the model directory for the saliency maps, and
 * line charts as PNG ({@link ChartService}), such as training curves.
 */
@Export
@Version("1.1.0")
package org.kissdetect.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
