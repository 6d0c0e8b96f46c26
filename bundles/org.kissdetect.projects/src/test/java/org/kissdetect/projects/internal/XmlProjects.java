package org.kissdetect.projects.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses written projects back and compares them with what was read, but for the markers added. */
final class XmlProjects {

    private XmlProjects() {
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Document parse(Path file) throws Exception {
        return parse(Files.readString(file));
    }

    static List<Element> elements(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static String value(Node context, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /**
     * Whether two documents are the same once the elements {@code added} accepts are taken out of the second and
     * whitespace between elements is ignored.
     */
    static boolean sameExcept(Document original, Document annotated, Predicate<Element> added) {
        removeAll(annotated.getDocumentElement(), added);
        dropWhitespace(original);
        dropWhitespace(annotated);
        return original.getDocumentElement().isEqualNode(annotated.getDocumentElement());
    }

    private static void removeAll(Element parent, Predicate<Element> added) {
        for (Node node = parent.getFirstChild(); node != null;) {
            Node next = node.getNextSibling();
            if (node instanceof Element element) {
                if (added.test(element)) {
                    parent.removeChild(element);
                } else {
                    removeAll(element, added);
                }
            }
            node = next;
        }
    }

    private static void dropWhitespace(Node parent) {
        for (Node node = parent.getFirstChild(); node != null;) {
            Node next = node.getNextSibling();
            if (node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()) {
                parent.removeChild(node);
            } else {
                dropWhitespace(node);
            }
            node = next;
        }
    }
}
