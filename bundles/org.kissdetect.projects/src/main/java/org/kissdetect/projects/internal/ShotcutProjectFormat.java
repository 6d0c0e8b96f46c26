package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectFormat;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Shotcut's projects: MLT XML whose main tractor carries {@code shotcut=1}. Markers are the timeline's range markers
 * ({@code shotcut:markers} on that tractor).
 */
@Component(service = ProjectFormat.class, property = "kissdetect.project.format=shotcut")
public final class ShotcutProjectFormat implements ProjectFormat {

    @Override
    public String name() {
        return "shotcut";
    }

    @Override
    public String description() {
        return "Shotcut project (.mlt)";
    }

    @Override
    public List<String> extensions() {
        return List.of("mlt");
    }

    @Override
    public boolean recognizes(Path file, String head) {
        return ProjectFiles.extension(file).equals("mlt") && head.contains("<mlt");
    }

    @Override
    public EditorProject read(Path file) throws ProjectException {
        Document document = ProjectXml.read(file);
        Element main = mainTractor(file, document);
        ShotcutProject project = new ShotcutProject(file, document, main, MltTimeline.read(file, document, main));
        try {
            project.markers();
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, "a marker's time is not an MLT time: " + e.getMessage(), e);
        }
        return project;
    }

    private static Element mainTractor(Path file, Document document) throws ProjectException {
        Element last = null;
        for (Element tractor : Dom.children(document.getDocumentElement(), "tractor")) {
            if ("1".equals(Dom.property(tractor, "shotcut"))) {
                return tractor;
            }
            last = tractor;
        }
        if (last == null) {
            throw new ProjectException(file, "an MLT document without a timeline (no <tractor>)");
        }
        return last;
    }
}
