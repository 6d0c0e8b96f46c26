package org.kissdetect.projects.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectFormat;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Document;

/**
 * FCPXML 1.8 to 1.11, as Final Cut Pro 10.4 to 11 and DaVinci Resolve export projects: an {@code .fcpxml} file, or
 * an {@code .fcpxmld} bundle (a folder, as Final Cut Pro 10.6 and later export) whose {@code Info.fcpxml} holds it.
 * Markers go on the clips, in their local time.
 */
@Component(service = ProjectFormat.class, property = "kissdetect.project.format=fcpxml")
public final class FcpxmlProjectFormat implements ProjectFormat {

    private static final String BUNDLE_DOCUMENT = "Info.fcpxml";

    @Override
    public String name() {
        return "fcpxml";
    }

    @Override
    public String description() {
        return "Final Cut Pro / DaVinci Resolve project (.fcpxml, .fcpxmld)";
    }

    @Override
    public List<String> extensions() {
        return List.of("fcpxml", "fcpxmld");
    }

    @Override
    public boolean recognizes(Path file, String head) {
        return switch (ProjectFiles.extension(file)) {
            case "fcpxml" -> head.contains("<fcpxml");
            case "fcpxmld" -> Files.isRegularFile(file.resolve(BUNDLE_DOCUMENT));
            default -> false;
        };
    }

    /**
     * Reads a project. A bundle's annotation is its {@code Info.fcpxml} annotated: written out, it is a plain
     * {@code .fcpxml} file the editors import as well.
     */
    @Override
    public EditorProject read(Path file) throws ProjectException {
        Path xml = Files.isDirectory(file) ? file.resolve(BUNDLE_DOCUMENT) : file;
        if (Files.isDirectory(file) && !Files.isRegularFile(xml)) {
            throw new ProjectException(file, "a folder without " + BUNDLE_DOCUMENT + ", so no FCPXML bundle");
        }
        Document document = ProjectXml.read(xml);
        List<FcpxmlClip> clips = FcpxmlTimeline.read(xml, document);
        try {
            return new FcpxmlProject(file, document, clips, FcpxmlMarkers.read(document, clips));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(xml, "a marker of a clip: " + e.getMessage(), e);
        }
    }
}
