package org.kissdetect.spark.internal;

import java.io.Serializable;
import java.util.List;

/**
 * What every task of one run needs to know, sent to the executors with their tasks.
 *
 * @param runId        this run's id, kept in every row it writes
 * @param modelUri     the detector model directory
 * @param out          the output folder
 * @param formats      the marker formats written per movie
 * @param markerName   markers are called NAME 1, NAME 2...
 * @param markerColour the markers' colour
 * @param dropFrame    drop-frame timecode at 29.97 and 59.94 fps
 * @param faults       a test's injected task failure, or null
 * @param localCopyBytes how many bytes of remote movies an executor keeps copied while no task holds them
 */
public record JobSettings(String runId, String modelUri, String out, List<String> formats, String markerName,
        String markerColour, boolean dropFrame, FaultInjection faults, long localCopyBytes) implements Serializable {

    public JobSettings {
        formats = List.copyOf(formats);
    }
}
