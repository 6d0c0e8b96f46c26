package org.kissdetect.api.labels;

import java.nio.file.Path;
import java.util.List;

/**
 * The labels of a project.
 *
 * @param project the project file
 * @param format  its format's name
 * @param labels  its labels, in the order the project keeps its markers
 * @param ignored label markers that label nothing, each with why ({@code "kissing" at 00:02:10 lies over no clip})
 */
public record ProjectLabels(Path project, String format, List<Label> labels, List<String> ignored) {

    /** Keeps unmodifiable copies. */
    public ProjectLabels {
        labels = List.copyOf(labels);
        ignored = List.copyOf(ignored);
    }
}
