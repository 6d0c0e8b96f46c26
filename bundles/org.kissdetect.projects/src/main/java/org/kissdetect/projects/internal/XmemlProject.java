package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Final Cut Pro 7 XML project, as Premiere Pro exports it; it is annotated with one sequence marker a scene shown,
 * in frames of the sequence. Clips that play backwards or at a changing speed show a source time at no one place:
 * they are read, but no marker is placed by them.
 */
final class XmemlProject implements EditorProject {

    private final Path file;
    private final Document document;
    private final List<XmemlTimeline> timelines;
    private final List<ProjectMarker> markers;

    XmemlProject(Path file, Document document, List<XmemlTimeline> timelines, List<ProjectMarker> markers) {
        this.file = file;
        this.document = document;
        this.timelines = List.copyOf(timelines);
        this.markers = List.copyOf(markers);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "xmeml";
    }

    /** The sequences' markers on their timelines, and their clips' markers in the clips' source time. */
    @Override
    public List<ProjectMarker> markers() {
        return markers;
    }

    @Override
    public List<ProjectClip> clips() {
        return timelines.stream().flatMap(timeline -> timeline.clips().stream()).map(XmemlTimeline.Clip::clip)
                .toList();
    }

    @Override
    public synchronized int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out)
            throws IOException {
        Document copy = (Document) document.cloneNode(true);
        int written = 0;
        for (XmemlTimeline timeline : timelines) {
            Element sequence = counterpart(copy, timeline.sequence());
            XmemlMarkers.removeSigned(sequence);
            List<TimelineMark> marks = TimelineMark.of(timeline.markableClips(), scenes, style, timeline.rate());
            XmemlMarkers.add(sequence, marks);
            written += marks.size();
        }
        ProjectXml.write(copy, out);
        return written;
    }

    /** The copy's element at the same place as an element of the document read. */
    private static Element counterpart(Document copy, Element original) {
        Deque<Integer> path = new ArrayDeque<>();
        Element root = original.getOwnerDocument().getDocumentElement();
        for (Node node = original; node != root; node = node.getParentNode()) {
            int index = 0;
            for (Node sibling = node.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
                index++;
            }
            path.push(index);
        }
        Node node = copy.getDocumentElement();
        for (int index : path) {
            node = node.getChildNodes().item(index);
        }
        return (Element) node;
    }
}
