package org.kissdetect.markers.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Builds an XML document with the JDK's DOM and writes it indented, UTF-8, with an optional DOCTYPE. */
final class XmlDocument {

    private final Document document;

    private XmlDocument(Document document) {
        this.document = document;
    }

    static XmlDocument withRoot(String rootName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            document.appendChild(document.createElement(rootName));
            return new XmlDocument(document);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Appends an element with attributes given as name, value, name, value... */
    Element add(Element parent, String name, Object... attributes) {
        Element element = document.createElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(String.valueOf(attributes[i]), String.valueOf(attributes[i + 1]));
        }
        parent.appendChild(element);
        return element;
    }

    /** Appends an element holding only text. */
    Element text(Element parent, String name, Object text) {
        Element element = add(parent, name);
        element.setTextContent(String.valueOf(text));
        return element;
    }

    /** Appends an MLT {@code <property name="...">text</property>}. */
    Element property(Element parent, String name, Object value) {
        Element property = add(parent, "property", "name", name);
        property.setTextContent(String.valueOf(value));
        return property;
    }

    /** Writes the document; a {@code doctype} such as {@code fcpxml} adds {@code <!DOCTYPE fcpxml>}. */
    void write(OutputStream out, String doctype) throws IOException {
        String prologue = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + (doctype == null ? "" : "<!DOCTYPE " + doctype + ">\n");
        out.write(prologue.getBytes(StandardCharsets.UTF_8));
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }
}
