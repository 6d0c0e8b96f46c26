package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectFormat;
import org.osgi.service.component.annotations.Component;

/**
 * OpenTimelineIO timelines ({@code .otio} JSON, as OTIO 0.15 to 0.17 and DaVinci Resolve write them). Markers are
 * the clips' own {@code Marker.2}s.
 */
@Component(service = ProjectFormat.class, property = "kissdetect.project.format=otio")
public final class OtioProjectFormat implements ProjectFormat {

    @Override
    public String name() {
        return "otio";
    }

    @Override
    public String description() {
        return "OpenTimelineIO timeline (.otio)";
    }

    @Override
    public List<String> extensions() {
        return List.of("otio");
    }

    @Override
    public boolean recognizes(Path file, String head) {
        return ProjectFiles.extension(file).equals("otio") && head.contains("\"OTIO_SCHEMA\"");
    }

    @Override
    public EditorProject read(Path file) throws ProjectException {
        return OtioProject.read(file);
    }
}
