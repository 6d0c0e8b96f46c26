package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectFormat;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Final Cut Pro 7 XML ({@code xmeml}, versions 4 and 5) as Premiere Pro exports it. Its timelines are the
 * sequences at the top of the document (Premiere exports one there); a project export's timeline is the first
 * sequence among its project's children, bins searched in order. Markers are sequence markers.
 */
@Component(service = ProjectFormat.class, property = "kissdetect.project.format=xmeml")
public final class XmemlProjectFormat implements ProjectFormat {

    private static final int MAX_BIN_DEPTH = 16;

    @Override
    public String name() {
        return "xmeml";
    }

    @Override
    public String description() {
        return "Premiere Pro / Final Cut Pro 7 XML (.xml)";
    }

    @Override
    public List<String> extensions() {
        return List.of("xml");
    }

    @Override
    public boolean recognizes(Path file, String head) {
        return ProjectFiles.extension(file).equals("xml") && head.contains("<xmeml");
    }

    @Override
    public EditorProject read(Path file) throws ProjectException {
        Document document = ProjectXml.read(file);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("xmeml")) {
            throw new ProjectException(file, "not Final Cut Pro 7 XML: its root element is <" + root.getTagName()
                    + ">, not <xmeml>");
        }
        List<Element> sequences = mainSequences(root);
        if (sequences.isEmpty()) {
            throw new ProjectException(file, "an xmeml document without a sequence");
        }
        Path folder = file.toAbsolutePath().getParent();
        XmemlSequenceReader reader = new XmemlSequenceReader(document, folder);
        List<XmemlTimeline> timelines = new ArrayList<>();
        try {
            for (Element sequence : sequences) {
                timelines.add(reader.read(sequence));
            }
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, e.getMessage(), e);
        }
        try {
            return new XmemlProject(file, document, timelines, XmemlMarkerReader.read(document, timelines));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, "a marker: " + e.getMessage(), e);
        }
    }

    private static List<Element> mainSequences(Element root) {
        List<Element> sequences = Dom.children(root, "sequence");
        if (!sequences.isEmpty()) {
            return sequences;
        }
        Element project = Dom.child(root, "project");
        Element first = project == null ? null : firstSequence(Dom.child(project, "children"), 0);
        return first == null ? List.of() : List.of(first);
    }

    private static Element firstSequence(Element children, int depth) {
        if (children == null || depth > MAX_BIN_DEPTH) {
            return null;
        }
        for (Element child : Dom.children(children)) {
            if (child.getTagName().equals("sequence")) {
                return child;
            }
            if (child.getTagName().equals("bin")) {
                Element found = firstSequence(Dom.child(child, "children"), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
