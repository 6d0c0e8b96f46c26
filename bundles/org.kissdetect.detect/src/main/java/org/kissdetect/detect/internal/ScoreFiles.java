package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores files as JSON, read with bounded memory and checked before they are believed. A week of seconds
 * written as JSON takes about 10 MB; a larger file is not a scores file.
 */
final class ScoreFiles {

    static final long MAX_BYTES = 32L << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ScoreFiles() {
    }

    /**
     * Reads and checks a scores file.
     *
     * @param followLinks whether a symbolic link is followed (a file named by a person) or refused (the cache)
     * @throws IOException naming the file and what is wrong with it
     */
    static ScoreFile read(Path file, boolean followLinks) throws IOException {
        return parse(file, BoundedFiles.read(file, MAX_BYTES, "a scores file", followLinks));
    }

    static ScoreFile parse(Path file, byte[] bytes) throws IOException {
        return parse(file, bytes, ScoreFile.class, "a scores file").validate(file);
    }

    static PartialScores readPartial(Path file) throws IOException {
        byte[] bytes = BoundedFiles.read(file, MAX_BYTES, "a partial scores file", false);
        return parse(file, bytes, PartialScores.class, "a partial scores file").validate(file);
    }

    static byte[] bytes(Object scores) {
        try {
            return JSON.writeValueAsBytes(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores are plain records and always serialise", e);
        }
    }

    private static <T> T parse(Path file, byte[] bytes, Class<T> type, String what) throws IOException {
        String text = utf8(file, bytes, what);
        if (!text.strip().startsWith("{")) {
            throw new IOException(file + " is not " + what + ": it holds no JSON object");
        }
        try {
            // Read directly, not through a tree: floats parsed as floats come back bit for bit.
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not " + what + ": " + printable(e.getOriginalMessage()), e);
        }
    }

    /** Strict UTF-8, so that a binary file is named as such rather than guessed to be UTF-32 by the parser. */
    private static String utf8(Path file, byte[] bytes, String what) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not " + what + ": it is not text (binary data, such as a movie)", e);
        }
    }

    /** The parser quotes what it read; of a movie that is binary, which must not reach a terminal. */
    private static String printable(String message) {
        String oneLine = String.valueOf(message).replaceAll("[^\\p{Print}]", "?");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "...";
    }
}
