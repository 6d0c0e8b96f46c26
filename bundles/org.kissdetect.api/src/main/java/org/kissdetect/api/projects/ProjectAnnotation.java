package org.kissdetect.api.projects;

import java.nio.file.Path;
import java.util.List;

/**
 * An annotated project.
 *
 * @param project the project read
 * @param format  its format's name
 * @param written the annotated project written
 * @param backup  the project's previous content when annotated in place, else {@code null}
 * @param markers the markers written
 * @param media   each media file the timeline uses, in the order first used
 */
public record ProjectAnnotation(Path project, String format, Path written, Path backup, int markers,
        List<MediaOutcome> media) {

    /** Keeps an unmodifiable copy of the outcomes. */
    public ProjectAnnotation {
        media = List.copyOf(media);
    }
}
