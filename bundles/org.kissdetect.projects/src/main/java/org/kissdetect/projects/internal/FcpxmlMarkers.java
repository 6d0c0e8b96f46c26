package org.kissdetect.projects.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.projects.ProjectMarker;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The markers on an FCPXML project's clips: the {@code marker}s (to-do markers too) and {@code chapter-marker}s of
 * the elements its clips were read from, in document order. Each counts in its element's local time: a clip's,
 * mapped to its media through its retime as the clip's in and out points are, or, for the picture a {@code clip}
 * wraps, its media's own time. FCPXML gives markers no colour. Elements that no clip was read from (sound, disabled
 * clips, titles) keep their markers to themselves.
 */
final class FcpxmlMarkers {

    private static final Set<String> MARKERS = Set.of("marker", "chapter-marker");

    /** A marker's element, and whether it is the picture a wrapper holds rather than the clip itself. */
    private record Host(FcpxmlClip clip, boolean media) {

        double source(FcpxmlTime local) {
            return media ? clip.sourceOfMedia(local) : clip.source(local);
        }
    }

    private FcpxmlMarkers() {
    }

    /**
     * @param document the document the clips were read from
     * @param clips    its clips
     * @return their markers
     * @throws IllegalArgumentException naming the marker, when its times are malformed
     */
    static List<ProjectMarker> read(Document document, List<FcpxmlClip> clips) {
        Map<Element, Host> hosts = new IdentityHashMap<>();
        for (FcpxmlClip clip : clips) {
            hosts.putIfAbsent(clip.find(document), new Host(clip, false));
            if (clip.wrapped()) {
                hosts.putIfAbsent(clip.findMedia(document), new Host(clip, true));
            }
        }
        List<ProjectMarker> markers = new ArrayList<>();
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (MARKERS.contains(element.getTagName()) && element.getParentNode() instanceof Element parent
                    && hosts.containsKey(parent)) {
                markers.add(marker(element, hosts.get(parent)));
            }
        }
        return markers;
    }

    /** A marker's span: from its start for its duration (a frame, for what Final Cut Pro shows as a point). */
    private static ProjectMarker marker(Element marker, Host host) {
        FcpxmlTime start = FcpxmlTime.of(marker, "start", null);
        if (start == null) {
            throw new IllegalArgumentException("a <" + marker.getTagName() + "> named \""
                    + marker.getAttribute("value") + "\" without its start");
        }
        FcpxmlTime duration = FcpxmlTime.of(marker, "duration", FcpxmlTime.ZERO);
        double from = Math.max(0, host.source(start));
        double to = host.source(start.plus(FcpxmlTime.max(duration, FcpxmlTime.ZERO)));
        return new ProjectMarker(marker.getAttribute("value"), note(marker), "", host.clip().clip(), from,
                Math.max(from, to));
    }

    /** @return its {@code note} attribute, as Final Cut Pro writes it, or else a {@code <note>} child's text */
    private static String note(Element marker) {
        if (marker.hasAttribute("note")) {
            return marker.getAttribute("note");
        }
        Element note = Dom.child(marker, "note");
        return note == null ? "" : note.getTextContent();
    }
}
