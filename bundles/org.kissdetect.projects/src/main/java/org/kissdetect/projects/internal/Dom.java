package org.kissdetect.projects.internal;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM walks the project formats share. */
final class Dom {

    private Dom() {
    }

    /** @return the element children of a node, in document order */
    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** @return the element children of a node with a tag name */
    static List<Element> children(Node parent, String tag) {
        List<Element> named = new ArrayList<>();
        for (Element child : children(parent)) {
            if (child.getTagName().equals(tag)) {
                named.add(child);
            }
        }
        return named;
    }

    /** @return the first element child with a tag name, or null */
    static Element child(Node parent, String tag) {
        List<Element> named = children(parent, tag);
        return named.isEmpty() ? null : named.get(0);
    }

    /** @return the text of an MLT {@code <property name="...">} child, or null */
    static String property(Element owner, String name) {
        Element property = propertyElement(owner, name);
        return property == null ? null : property.getTextContent();
    }

    static Element propertyElement(Element owner, String name) {
        for (Element property : children(owner, "property")) {
            if (property.getAttribute("name").equals(name)) {
                return property;
            }
        }
        return null;
    }

    /** Appends an element and returns it. */
    static Element append(Element parent, String tag, String... attributes) {
        Element element = parent.getOwnerDocument().createElement(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(element);
        return element;
    }

    /** Appends an element holding text and returns it. */
    static Element appendText(Element parent, String tag, String text, String... attributes) {
        Element element = append(parent, tag, attributes);
        element.setTextContent(text);
        return element;
    }

    /** Removes an element with the whitespace that indented it, so that what is left reads as before it was added. */
    static void remove(Element element) {
        Node before = element.getPreviousSibling();
        if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
            before.getParentNode().removeChild(before);
        }
        element.getParentNode().removeChild(element);
    }
}
