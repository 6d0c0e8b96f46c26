package org.kissdetect.projects.internal;

import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A sequence's markers: {@code <marker>} children of the {@code <sequence>} with a comment, a name and in/out
 * points in sequence frames from its start (whatever its timecode), out exclusive. Premiere writes a sequence's
 * elements in the order {@code media}, {@code timecode}, {@code labels}, {@code logginginfo}; the markers added go
 * after the sequence's last marker, else after its {@code timecode} (before {@code labels} and {@code logginginfo}),
 * as Premiere puts a clip's markers before its labels. They are indented as the sequence's other children.
 */
final class XmemlMarkers {

    private XmemlMarkers() {
    }

    /** Removes the markers Kiss Detector added before: those whose comment is signed. */
    static void removeSigned(Element sequence) {
        for (Element marker : Dom.children(sequence, "marker")) {
            Element comment = Dom.child(marker, "comment");
            if (comment != null && ClipScene.signed(comment.getTextContent())) {
                Dom.remove(marker);
            }
        }
    }

    static void add(Element sequence, List<TimelineMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        String indent = indentation(sequence);
        String step = indent.isEmpty() ? "" : indent.contains("\t") ? "\t" : "  ";
        Element after = insertionPoint(sequence);
        for (TimelineMark mark : marks) {
            Element marker = sequence.getOwnerDocument().createElement("marker");
            child(marker, indent + step, "comment", mark.scene().note());
            child(marker, indent + step, "name", mark.scene().name());
            child(marker, indent + step, "in", Long.toString(mark.startFrame()));
            child(marker, indent + step, "out", Long.toString(mark.endFrame()));
            whitespace(marker, indent, null);
            Node before = after.getNextSibling();
            whitespace(sequence, indent, before);
            sequence.insertBefore(marker, before);
            after = marker;
        }
    }

    private static Element insertionPoint(Element sequence) {
        List<Element> children = Dom.children(sequence);
        Element point = children.get(children.size() - 1);
        for (int i = children.size() - 1; i >= 0; i--) {
            String tag = children.get(i).getTagName();
            if (tag.equals("marker")) {
                return children.get(i);
            }
            if ((tag.equals("labels") || tag.equals("logginginfo")) && i > 0) {
                point = children.get(i - 1);
            }
        }
        return point;
    }

    /** @return the whitespace before the sequence's first child element: {@code "\n\t\t"} in Premiere's files */
    private static String indentation(Element sequence) {
        Node first = Dom.children(sequence).get(0).getPreviousSibling();
        return first != null && first.getNodeType() == Node.TEXT_NODE && first.getTextContent().isBlank()
                ? first.getTextContent() : "";
    }

    private static void child(Element marker, String indent, String tag, String text) {
        whitespace(marker, indent, null);
        Dom.appendText(marker, tag, text);
    }

    private static void whitespace(Element parent, String text, Node before) {
        if (!text.isEmpty()) {
            parent.insertBefore(parent.getOwnerDocument().createTextNode(text), before);
        }
    }
}
