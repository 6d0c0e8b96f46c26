package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An FCPXML project; it is annotated with one marker a scene on each clip showing it, in the clip's local time so
 * that the marker moves with the clip.
 */
final class FcpxmlProject implements EditorProject {

    /**
     * What follows markers among a clip's children. Apple's DTD for 1.10 (the others agree here; later ones add
     * adjustments such as {@code adjust-colorConform}, before the anchored items) orders an {@code asset-clip}'s
     * children
     * {@code note?, conform-rate?, timeMap?, adjust-*..., (anchored items)*, (marker | chapter-marker | rating |
     * keyword | analysis-marker)*, audio-channel-source*, (filter-video | filter-video-mask)*, filter-audio*,
     * metadata?}; {@code clip}, {@code sync-clip}, {@code ref-clip}, {@code video} and {@code gap} differ only after
     * the markers ({@code sync-source}, {@code audio-role-source}, {@code reserved}). So a marker added just before
     * the first of these, or last, follows the clip's anchored items and its own markers, as Final Cut Pro requires:
     * it refuses a whole document whose elements are out of order.
     */
    private static final Set<String> AFTER_MARKERS = Set.of("audio-channel-source", "audio-role-source",
            "sync-source", "filter-video", "filter-video-mask", "filter-audio", "metadata", "reserved");

    private final Path file;
    private final Document document;
    private final List<FcpxmlClip> clips;
    private final List<ProjectMarker> markers;

    FcpxmlProject(Path file, Document document, List<FcpxmlClip> clips, List<ProjectMarker> markers) {
        this.file = file;
        this.document = document;
        this.clips = List.copyOf(clips);
        this.markers = List.copyOf(markers);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "fcpxml";
    }

    /** The markers on the clips, each in its clip's source time. */
    @Override
    public List<ProjectMarker> markers() {
        return markers;
    }

    @Override
    public List<ProjectClip> clips() {
        return clips.stream().map(FcpxmlClip::clip).toList();
    }

    @Override
    public synchronized int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out)
            throws IOException {
        Document copy = (Document) document.cloneNode(true);
        List<Element> hosts = clips.stream().map(clip -> clip.find(copy)).toList();
        removeSignedMarkers(copy);
        int added = 0;
        for (int i = 0; i < clips.size(); i++) {
            FcpxmlClip clip = clips.get(i);
            MediaScenes media = scenes.get(clip.clip().media());
            if (media == null) {
                continue;
            }
            for (ClipScene shown : ClipScene.of(clip.clip(), media, style)) {
                FcpxmlTime start = clip.local(shown.sourceStart());
                FcpxmlTime end = clip.local(shown.sourceEnd());
                if (end.compareTo(start) > 0) {
                    Element marker = copy.createElement("marker");
                    marker.setAttribute("start", start.toString());
                    marker.setAttribute("duration", end.minus(start).toString());
                    marker.setAttribute("value", shown.name());
                    marker.setAttribute("note", shown.note());
                    insert(hosts.get(i), marker);
                    added++;
                }
            }
        }
        ProjectXml.write(copy, out);
        return added;
    }

    private static void removeSignedMarkers(Document copy) {
        NodeList all = copy.getElementsByTagName("marker");
        List<Element> signed = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element marker = (Element) all.item(i);
            if (ClipScene.signed(marker.getAttribute("note"))) {
                signed.add(marker);
            }
        }
        for (Element marker : signed) {
            Node parent = marker.getParentNode();
            Dom.remove(marker);
            if (Dom.children(parent).isEmpty() && parent.getTextContent().isBlank()) {
                parent.setTextContent(null); // an element we gave children to closes on itself again
            }
        }
    }

    /** Inserts a marker where the DTD wants it, indented like its siblings. */
    private static void insert(Element host, Element marker) {
        Element before = null;
        for (Element child : Dom.children(host)) {
            if (AFTER_MARKERS.contains(child.getTagName())) {
                before = child;
                break;
            }
        }
        String indent = childIndent(host);
        Document document = host.getOwnerDocument();
        Node last = host.getLastChild();
        if (before != null) {
            host.insertBefore(marker, before);
            host.insertBefore(document.createTextNode(indent), before);
        } else if (last != null && blank(last)) {
            host.insertBefore(document.createTextNode(indent), last);
            host.insertBefore(marker, last);
        } else {
            boolean empty = last == null;
            host.appendChild(document.createTextNode(indent));
            host.appendChild(marker);
            if (empty) {
                host.appendChild(document.createTextNode(indentOf(host)));
            }
        }
    }

    /** @return the line break and indentation of a host's children: as its first child's, or one step in */
    private static String childIndent(Element host) {
        List<Element> children = Dom.children(host);
        if (!children.isEmpty() && !indentOf(children.get(0)).isEmpty()) {
            return indentOf(children.get(0));
        }
        String own = indentOf(host);
        if (own.isEmpty()) {
            return "";
        }
        String parent = host.getParentNode() instanceof Element element ? indentOf(element) : "";
        boolean nested = own.length() > parent.length() && own.startsWith(parent);
        return own + (nested ? own.substring(parent.length()) : "    ");
    }

    /** @return the line break and indentation before an element, or "" when it does not start a line */
    private static String indentOf(Element element) {
        Node before = element.getPreviousSibling();
        if (before == null || !blank(before) || before.getTextContent().indexOf('\n') < 0) {
            return "";
        }
        String text = before.getTextContent();
        return text.substring(text.lastIndexOf('\n'));
    }

    private static boolean blank(Node node) {
        return node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank();
    }
}
