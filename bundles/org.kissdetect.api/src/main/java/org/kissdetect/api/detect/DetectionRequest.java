package org.kissdetect.api.detect;

import java.nio.file.Path;

import org.kissdetect.api.segment.SegmentationParameters;

/**
 * What to detect.
 *
 * @param movie          the movie file
 * @param modelDirectory the detector model directory
 * @param parameters     how to join seconds into scenes
 */
public record DetectionRequest(Path movie, Path modelDirectory, SegmentationParameters parameters) {

    /** Checks that every part is present. */
    public DetectionRequest {
        if (movie == null || modelDirectory == null || parameters == null) {
            throw new IllegalArgumentException("a detection needs a movie, a model directory and parameters");
        }
    }
}
