package org.kissdetect.projects.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.projects.ProjectException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON arrays Kdenlive keeps among its document properties ({@code kdenlive:docproperties.*} properties of the
 * {@code main_bin} playlist): the timeline guides and their categories. They are read as Jackson trees, so that what
 * is not changed is written back as it was, and written as Qt's {@code QJsonDocument} indents them.
 */
final class KdenliveDocProperties {

    static final String GUIDES = "kdenlive:docproperties.guides";
    static final String CATEGORIES = "kdenlive:docproperties.guidesCategories";

    private static final String PREFIX = "kdenlive:docproperties.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultIndenter QT_INDENT = new DefaultIndenter("    ", "\n");
    private static final DefaultPrettyPrinter QT_STYLE = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(QT_INDENT)
            .withArrayIndenter(QT_INDENT);

    /** The categories Kdenlive uses when a project names none: "Category 1" to "Category 9" in its marker colours. */
    private static final List<String> DEFAULT_COLOURS = List.of("#9b59b6", "#3daee9", "#1abc9c", "#1cdc9a", "#c9ce3b",
            "#fdbc4b", "#f39c1f", "#f47750", "#da4453");

    private KdenliveDocProperties() {
    }

    /** Checks that the guides and their categories, where present, are JSON arrays, so that annotating cannot fail. */
    static void check(Path file, Element mainBin) throws ProjectException {
        for (String name : List.of(GUIDES, CATEGORIES)) {
            try {
                array(mainBin, name);
            } catch (IOException e) {
                throw new ProjectException(file, "its " + name + " property is not a JSON array: " + e.getMessage(),
                        e);
            }
        }
    }

    /** @return the array a property holds; empty when the property is absent or blank */
    static ArrayNode array(Element mainBin, String name) throws IOException {
        String text = Dom.property(mainBin, name);
        if (text == null || text.isBlank()) {
            return JSON.createArrayNode();
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw new IOException("it holds " + node.getNodeType());
    }

    /** @return the categories a project names, or Kdenlive's defaults, which are in effect when it names none */
    static ArrayNode categories(Element mainBin) throws IOException {
        String named = Dom.property(mainBin, CATEGORIES);
        if (named != null && !named.isBlank()) {
            return array(mainBin, CATEGORIES);
        }
        ArrayNode defaults = JSON.createArrayNode();
        for (int index = 0; index < DEFAULT_COLOURS.size(); index++) {
            category(defaults, DEFAULT_COLOURS.get(index), "Category " + (index + 1), index);
        }
        return defaults;
    }

    /** Appends a category, its keys in the order Qt writes them. */
    static ObjectNode category(ArrayNode categories, String colour, String comment, int index) {
        return categories.addObject().put("color", colour).put("comment", comment).put("index", index);
    }

    /** Writes an array into a property, which is added among the document properties in name order if absent. */
    static void write(Element mainBin, String name, ArrayNode array) throws IOException {
        String text = array.isEmpty() ? "[\n]\n" : JSON.writer(QT_STYLE).writeValueAsString(array) + "\n";
        Element property = Dom.propertyElement(mainBin, name);
        if (property == null) {
            property = mainBin.getOwnerDocument().createElement("property");
            property.setAttribute("name", name);
            insert(mainBin, property);
        }
        property.setTextContent(text);
    }

    /** Inserts a property before the first document property named after it, else after the last property. */
    private static void insert(Element mainBin, Element property) {
        Element lastDocProperty = null;
        Element lastProperty = null;
        for (Element sibling : Dom.children(mainBin, "property")) {
            String name = sibling.getAttribute("name");
            if (name.startsWith(PREFIX) && name.compareTo(property.getAttribute("name")) > 0) {
                String indent = indentOf(sibling);
                mainBin.insertBefore(property, sibling);
                if (indent != null) {
                    mainBin.insertBefore(mainBin.getOwnerDocument().createTextNode(indent), sibling);
                }
                return;
            }
            lastDocProperty = name.startsWith(PREFIX) ? sibling : lastDocProperty;
            lastProperty = sibling;
        }
        Element after = lastDocProperty != null ? lastDocProperty : lastProperty;
        Node next = after == null ? mainBin.getFirstChild() : after.getNextSibling();
        String indent = after == null ? null : indentOf(after);
        if (indent != null) {
            mainBin.insertBefore(mainBin.getOwnerDocument().createTextNode(indent), next);
        }
        mainBin.insertBefore(property, next);
    }

    /** @return the whitespace that indents an element, or null */
    private static String indentOf(Element element) {
        Node before = element.getPreviousSibling();
        return before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()
                ? before.getTextContent()
                : null;
    }
}
