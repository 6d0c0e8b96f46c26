package org.kissdetect.projects.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The markers of an xmeml document's timelines, in document order: a sequence's own {@code <marker>}s, on its
 * timeline in its frames from its start, and those of the clipitems its clips come from, in frames of their media
 * at the clipitem's rate, from the media's first frame. A marker's {@code out} is exclusive, as the markers Kiss
 * Detector writes; -1 (Premiere's) or none makes it a point. Premiere writes a colour other than its default green
 * as {@code <pproColor>}, Final Cut Pro 7 as {@code <color>}'s channels. Markers of what no clip comes from (a
 * file, a sound clip, a nested sequence itself) are left out.
 */
final class XmemlMarkerReader {

    private XmemlMarkerReader() {
    }

    /**
     * @throws IllegalArgumentException naming the marker's owner, when its in or out is no number of frames
     */
    static List<ProjectMarker> read(Document document, List<XmemlTimeline> timelines) {
        Map<Element, XmemlTimeline> sequences = new IdentityHashMap<>();
        Map<Element, List<XmemlTimeline.Clip>> items = new IdentityHashMap<>();
        for (XmemlTimeline timeline : timelines) {
            sequences.putIfAbsent(timeline.sequence(), timeline);
            for (XmemlTimeline.Clip clip : timeline.clips()) {
                items.computeIfAbsent(clip.item(), item -> new ArrayList<>()).add(clip);
            }
        }
        List<ProjectMarker> markers = new ArrayList<>();
        NodeList all = document.getElementsByTagName("marker");
        for (int i = 0; i < all.getLength(); i++) {
            Element marker = (Element) all.item(i);
            if (!(marker.getParentNode() instanceof Element owner)) {
                continue;
            }
            if (sequences.containsKey(owner)) {
                markers.add(marker(marker, sequences.get(owner).rate(), null));
            }
            for (XmemlTimeline.Clip clip : items.getOrDefault(owner, List.of())) {
                markers.add(marker(marker, clip.itemRate(), clip.clip()));
            }
        }
        return markers;
    }

    private static ProjectMarker marker(Element marker, FrameRate rate, ProjectClip clip) {
        double fps = rate.framesPerSecond();
        double start = Math.max(0, XmemlValues.required(marker, "in")) / fps;
        Double out = XmemlValues.number(marker, "out");
        double end = out == null || out < 0 ? start : Math.max(start, out / fps);
        return new ProjectMarker(text(marker, "name"), text(marker, "comment"), colour(marker), clip, start, end);
    }

    private static String text(Element marker, String tag) {
        Element child = Dom.child(marker, tag);
        return child == null ? "" : child.getTextContent();
    }

    /** @return {@code 4281740498} as Premiere writes it, or {@code alpha=255 red=255 green=0 blue=0} */
    private static String colour(Element marker) {
        Element ppro = Dom.child(marker, "pproColor");
        if (ppro != null) {
            return ppro.getTextContent().strip();
        }
        Element color = Dom.child(marker, "color");
        if (color == null) {
            return "";
        }
        List<Element> channels = Dom.children(color);
        return channels.isEmpty() ? color.getTextContent().strip() : channels.stream()
                .map(channel -> channel.getTagName() + "=" + channel.getTextContent().strip())
                .collect(Collectors.joining(" "));
    }
}
