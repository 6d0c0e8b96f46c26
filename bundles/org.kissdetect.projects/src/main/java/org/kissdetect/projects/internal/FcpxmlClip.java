package org.kissdetect.projects.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kissdetect.api.projects.ProjectClip;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A clip of an FCPXML timeline with what its markers need: the element they go on and that element's local time,
 * in which they count (so they move with the clip when it is moved).
 *
 * @param clip        the clip in source and timeline seconds
 * @param path        where the element is: the index of each element among its parent's, from the root down
 * @param localStart  the element's local time at its first frame (its {@code start})
 * @param localEnd    its local time just after its last frame
 * @param frame       the sequence's frame duration, the grid markers are rounded to
 * @param mediaPath   where the element naming the asset is: the element itself, or the picture a {@code clip} or
 *                    {@code sync-clip} wraps, whose own local time is its media's
 * @param mediaOrigin the media's time at its first frame (its asset's {@code start})
 */
record FcpxmlClip(ProjectClip clip, List<Integer> path, FcpxmlTime localStart, FcpxmlTime localEnd,
        FcpxmlTime frame, List<Integer> mediaPath, FcpxmlTime mediaOrigin) {

    FcpxmlClip {
        path = List.copyOf(path);
        mediaPath = List.copyOf(mediaPath);
    }

    /**
     * The source time, in seconds from the media's first frame, that a time of the element's local time shows:
     * the inverse of {@link #local}, through the clip's retime.
     */
    double source(FcpxmlTime local) {
        return clip.sourceIn() + local.minus(localStart).seconds() * clip.speed();
    }

    /** @return the source time that a time of the wrapped picture's local time (its media's time) shows */
    double sourceOfMedia(FcpxmlTime local) {
        return local.minus(mediaOrigin).seconds();
    }

    /** @return whether a {@code clip} or {@code sync-clip} wraps the picture, which then has markers of its own */
    boolean wrapped() {
        return !mediaPath.equals(path);
    }

    /**
     * The local time at which a source time of the clip shows, in whole frames of the sequence from the clip's start
     * (so on the timeline's frame grid however the clip is cut), never past the clip's end.
     */
    FcpxmlTime local(double sourceSeconds) {
        double fromStart = (sourceSeconds - clip.sourceIn()) / clip.speed();
        long frames = Math.max(0, Math.round(fromStart / frame.seconds()));
        return FcpxmlTime.min(localStart.plus(frame.times(frames)), localEnd);
    }

    /** @return the element's counterpart in a copy of the document it was read from */
    Element find(Document copy) {
        return find(copy, path);
    }

    /** @return the element naming the asset in the document it was read from, or a copy of it */
    Element findMedia(Document document) {
        return find(document, mediaPath);
    }

    private static Element find(Document document, List<Integer> path) {
        Element element = document.getDocumentElement();
        for (int index : path) {
            element = Dom.children(element).get(index);
        }
        return element;
    }

    static List<Integer> pathOf(Element element) {
        List<Integer> path = new ArrayList<>();
        for (Node node = element; node.getParentNode() instanceof Element parent; node = parent) {
            path.add(Dom.children(parent).indexOf(node));
        }
        Collections.reverse(path);
        return path;
    }
}
