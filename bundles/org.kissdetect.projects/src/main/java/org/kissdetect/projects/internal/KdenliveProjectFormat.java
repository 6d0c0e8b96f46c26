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
 * Kdenlive's projects ({@code .kdenlive}): MLT XML whose {@code main_bin} playlist holds the bin and the document's
 * properties, and whose main tractor (the one with {@code global_feed}) lists a tractor a track. Markers are the
 * timeline guides: JSON in the document property {@code guides}, with categories in {@code guidesCategories}.
 */
@Component(service = ProjectFormat.class, property = "kissdetect.project.format=kdenlive")
public final class KdenliveProjectFormat implements ProjectFormat {

    @Override
    public String name() {
        return "kdenlive";
    }

    @Override
    public String description() {
        return "Kdenlive project (.kdenlive)";
    }

    @Override
    public List<String> extensions() {
        return List.of("kdenlive");
    }

    @Override
    public boolean recognizes(Path file, String head) {
        return ProjectFiles.extension(file).equals("kdenlive") && head.contains("<mlt");
    }

    @Override
    public EditorProject read(Path file) throws ProjectException {
        Document document = ProjectXml.read(file);
        String root = document.getDocumentElement().getTagName();
        if (!root.equals("mlt")) {
            throw new ProjectException(file, "not a Kdenlive project: its root element is <" + root + ">");
        }
        MltTimeline timeline = MltTimeline.read(file, document, mainTractor(file, document));
        Element mainBin = KdenliveProject.mainBin(document);
        if (mainBin == null) {
            throw new ProjectException(file, "not a Kdenlive project: it has no " + KdenliveProject.MAIN_BIN
                    + " playlist");
        }
        KdenliveDocProperties.check(file, mainBin);
        return new KdenliveProject(file, document, timeline);
    }

    private static Element mainTractor(Path file, Document document) throws ProjectException {
        Element last = null;
        Element feed = null;
        for (Element tractor : Dom.children(document.getDocumentElement(), "tractor")) {
            last = tractor;
            feed = "1".equals(tractor.getAttribute("global_feed")) ? tractor : feed;
        }
        if (last == null) {
            throw new ProjectException(file, "an MLT document without a timeline (no <tractor>)");
        }
        return feed != null ? feed : last;
    }
}
