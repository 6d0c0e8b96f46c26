package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kissdetect.api.projects.ProjectException;

/**
 * OTIO files read as hostile JSON into a tree that writes back as read: members keep their order, and numbers
 * keep their exact digits ({@code 25.0} stays {@code 25.0}, {@code 23.976023976023978} is not rounded). Sizes,
 * nesting and number lengths are bounded; duplicate members are refused rather than silently dropped. Written
 * with four spaces and {@code "key": value}, as OTIO's own serializer writes.
 */
final class OtioJson {

    /** The largest file believed: the XML formats' bound, as an OTIO file of a feature film stays well under it. */
    static final long MAX_BYTES = 256L << 20;

    /** OTIO nests a handful of levels per timeline level; Resolve's effect metadata a dozen more. */
    private static final int MAX_DEPTH = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(otioStyle())
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private OtioJson() {
    }

    static ObjectNode read(Path file) throws ProjectException {
        return read(file, "an OpenTimelineIO file");
    }

    /** Reads any JSON project as hostile input, bounded as an OTIO file is. */
    static ObjectNode read(Path file, String what) throws ProjectException {
        ProjectFiles.checkReadable(file, MAX_BYTES);
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        } catch (StreamConstraintsException e) {
            throw new ProjectException(file, "beyond what " + what + " holds: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ProjectException(file, "not valid JSON: " + e.getOriginalMessage() + location(e), e);
        } catch (IOException e) {
            throw new ProjectException(file, "cannot read it: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectException(file, "not " + what + ": its JSON is no object");
        }
        return (ObjectNode) root;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** Writes JSON as Jackson's default pretty printer does, as the reference editor writes its projects. */
    static void writeDefaultStyle(JsonNode root, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, root);
    }

    static void write(JsonNode root, OutputStream out) throws IOException {
        WRITER.writeValue(out, root);
        out.write('\n');
    }

    private static DefaultPrettyPrinter otioStyle() {
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
