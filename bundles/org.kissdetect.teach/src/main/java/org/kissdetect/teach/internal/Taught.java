package org.kissdetect.teach.internal;

import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.SceneMetrics;

/**
 * What a training run gave, whichever way it trained.
 *
 * @param heldOut       per-second results on the held-out labels
 * @param heldOutScenes scene results on them
 * @param moviesDecoded movies decoded by the run
 */
record Taught(Confusion heldOut, SceneMetrics heldOutScenes, int moviesDecoded) {
}
