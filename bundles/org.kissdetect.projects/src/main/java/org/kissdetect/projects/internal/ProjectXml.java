package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.kissdetect.api.projects.ProjectException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.SAXException;

/**
 * XML projects read as hostile input and written back as read. The JDK's DOM parser with secure processing bounds
 * entity expansion; no external DTD or entity is ever fetched, yet a DOCTYPE (FCPXML's, xmeml's) is allowed and
 * written back. Whitespace is kept, so what is not changed is written as it was (attribute order aside).
 */
final class ProjectXml {

    /** The largest project believed: editors' projects of feature films stay well under this. */
    static final long MAX_BYTES = 256L << 20;

    private ProjectXml() {
    }

    static Document read(Path file) throws ProjectException {
        ProjectFiles.checkReadable(file, MAX_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
            return builder.parse(in, file.toUri().toString());
        } catch (SAXException e) {
            throw new ProjectException(file, "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException(file, "cannot read it: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    static void write(Document document, OutputStream out) throws IOException {
        StringBuilder prologue = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        DocumentType doctype = document.getDoctype();
        if (doctype != null) {
            prologue.append("<!DOCTYPE ").append(doctype.getName());
            if (doctype.getPublicId() != null) {
                prologue.append(" PUBLIC \"").append(doctype.getPublicId()).append("\" \"")
                        .append(doctype.getSystemId()).append('"');
            } else if (doctype.getSystemId() != null) {
                prologue.append(" SYSTEM \"").append(doctype.getSystemId()).append('"');
            }
            prologue.append(">\n");
        }
        out.write(prologue.toString().getBytes(StandardCharsets.UTF_8));
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
        out.write('\n');
    }
}
