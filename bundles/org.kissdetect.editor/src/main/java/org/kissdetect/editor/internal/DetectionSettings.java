package org.kissdetect.editor.internal;

import java.nio.file.Path;

import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.nle.sdk.project.MediaItem;

/**
 * The plugin's validated preferences.
 *
 * @param parameters     how seconds are joined into scenes
 * @param autoDetect     whether imports are detected at once
 * @param markerName     the markers' name stem
 * @param markerColour   the markers' colour as {@code #rrggbb}
 * @param modelDirectory the detector model, or {@code null} for the demo model
 */
record DetectionSettings(SegmentationParameters parameters, boolean autoDetect, String markerName,
        String markerColour, Path modelDirectory) {

    /** @return the model the preferences name: the model directory, or the demo model when none is set */
    ModelReference model() {
        return ModelReference.namedOrDemo(modelDirectory);
    }

    DetectionRequest request(MediaItem item, Path model) {
        return new DetectionRequest(item.file(), model, parameters);
    }

    /** @return these settings with other segmentation parameters */
    DetectionSettings withParameters(SegmentationParameters other) {
        return other.equals(parameters) ? this
                : new DetectionSettings(other, autoDetect, markerName, markerColour, modelDirectory);
    }
}
