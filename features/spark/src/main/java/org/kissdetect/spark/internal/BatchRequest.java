package org.kissdetect.spark.internal;

import java.util.List;

/**
 * What the user asked of one run.
 *
 * @param movies       paths or globs
 * @param out          the output folder
 * @param model        the detector model directory
 * @param minSeconds   the shortest scene, or null for the configured one
 * @param minFraction  the smallest kissing fraction, or null for the configured one
 * @param threshold    the probability threshold, or null for the model's recommendation or the configured one
 * @param formats      the marker formats (none: tables only)
 * @param markerName   the markers' name
 * @param markerColour the markers' colour
 * @param dropFrame    drop-frame timecode
 * @param rangeSeconds the longest range of a film one task scores, 0 to choose it from the cluster's size
 */
public record BatchRequest(List<String> movies, String out, String model, Integer minSeconds, Double minFraction,
        Double threshold, List<String> formats, String markerName, String markerColour, boolean dropFrame,
        int rangeSeconds) {

    public BatchRequest {
        movies = List.copyOf(movies);
        formats = List.copyOf(formats);
    }
}
