package org.kissdetect.reference.editor.internal;

import org.kissdetect.nle.sdk.project.MediaItem;

/**
 * A media item with what the editor learned about it when it was imported.
 *
 * @param item            the item
 * @param durationSeconds its length; the timeline shows this much
 */
record MediaEntry(MediaItem item, double durationSeconds) {
}
