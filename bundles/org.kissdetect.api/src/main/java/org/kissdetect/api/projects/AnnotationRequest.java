package org.kissdetect.api.projects;

import java.nio.file.Path;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.SegmentationParameters;

/**
 * What to annotate and where to write it.
 *
 * @param project        the user's project file
 * @param output         where the annotated project goes; the project itself only when {@code inPlace}
 * @param inPlace        whether the project may be replaced (atomically, its previous content kept as a backup)
 * @param modelDirectory the detector model directory
 * @param parameters     how to join seconds into scenes
 * @param style          the markers' name, colour and timecode style
 * @param snapToCuts     whether a marker's edges move to a shot cut less than a second from them
 */
public record AnnotationRequest(Path project, Path output, boolean inPlace, Path modelDirectory,
        SegmentationParameters parameters, MarkerStyle style, boolean snapToCuts) {

    /**
     * A request whose markers snap to shot cuts.
     *
     * @param project        the user's project file
     * @param output         where the annotated project goes
     * @param inPlace        whether the project may be replaced
     * @param modelDirectory the detector model directory
     * @param parameters     how to join seconds into scenes
     * @param style          the markers' name, colour and timecode style
     */
    public AnnotationRequest(Path project, Path output, boolean inPlace, Path modelDirectory,
            SegmentationParameters parameters, MarkerStyle style) {
        this(project, output, inPlace, modelDirectory, parameters, style, true);
    }

    /** Checks that every part is present and that the project is replaced only when asked. */
    public AnnotationRequest {
        if (project == null || output == null || modelDirectory == null || parameters == null || style == null) {
            throw new IllegalArgumentException("an annotation needs a project, an output, a model, parameters and "
                    + "a marker style");
        }
        boolean same = project.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
        if (same && !inPlace) {
            throw new IllegalArgumentException("writing the annotated project over " + project
                    + " replaces the user's project: ask for it in place");
        }
        if (inPlace && !same) {
            throw new IllegalArgumentException("an annotation in place writes to the project itself, not " + output);
        }
    }
}
