package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kissdetect.common.files.FileErrors;

/**
 * Reads per-second probabilities written as one number per line or as a JSON array, from UTF-8 text (a byte order
 * mark is allowed). Line {@code k} is second {@code k}: a blank line inside the list is an error, not skipped, so
 * that no later second shifts; blank lines at the end and lines starting with {@code #} are ignored. Input is
 * bounded: binary data (a movie, {@code /dev/zero}) is refused from its first bytes, and text larger than any
 * film's probabilities is refused without being held. Range checks are the segmenter's: this only reads numbers.
 */
final class ProbabilityReader {

    /** A week of seconds at 40 bytes a line: far more than any film, far less than the heap. */
    static final int MAX_BYTES = 7 * 86_400 * 40;
    private static final int SNIFF_BYTES = 8192;
    private static final int SHOWN_CHARACTERS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbabilityReader() {
    }

    static float[] read(InputStream in, String source) {
        try {
            byte[] start = in.readNBytes(SNIFF_BYTES);
            refuseBinary(start, source);
            byte[] rest = in.readNBytes(MAX_BYTES - start.length + 1);
            if (start.length + rest.length > MAX_BYTES) {
                throw CommandFailure.badInput(source + " is larger than " + MAX_BYTES / (1 << 20)
                        + " MiB: not a list of per-second probabilities");
            }
            refuseBinary(rest, source);
            byte[] all = Arrays.copyOf(start, start.length + rest.length);
            System.arraycopy(rest, 0, all, start.length, rest.length);
            return parse(utf8(all, source), source);
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot read " + source + ": " + FileErrors.reason(e));
        }
    }

    static float[] parse(String text, String source) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = content.strip();
        return trimmed.startsWith("[") ? parseJsonArray(trimmed, source) : parseLines(content, source);
    }

    private static void refuseBinary(byte[] bytes, String source) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw CommandFailure.badInput(source + " is binary data, not text: per-second probabilities are one "
                        + "number a line or a JSON array");
            }
        }
    }

    private static String utf8(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw CommandFailure.badInput(source + " is not UTF-8 text: per-second probabilities are one number a "
                    + "line or a JSON array");
        }
    }

    private static float[] parseJsonArray(String text, String source) {
        JsonNode array;
        try {
            array = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw CommandFailure.badInput(source + ": not a JSON array of numbers: " + e.getOriginalMessage());
        }
        if (!array.isArray()) {
            throw CommandFailure.badInput(source + ": expected a JSON array of numbers");
        }
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = array.get(i);
            if (!element.isNumber()) {
                throw CommandFailure.badInput(source + ": element " + i + " is " + shown(element.toString())
                        + ", not a number");
            }
            values[i] = element.floatValue();
        }
        return values;
    }

    private static float[] parseLines(String text, String source) {
        String[] lines = text.split("\\R", -1);
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        float[] values = new float[last + 1];
        int count = 0;
        for (int i = 0; i <= last; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                throw CommandFailure.badInput(source + " line " + (i + 1) + " is blank: each line is one second's "
                        + "probability, so a blank line would shift every later second");
            }
            try {
                values[count++] = Float.parseFloat(line);
            } catch (NumberFormatException e) {
                throw CommandFailure.badInput(source + " line " + (i + 1) + ": '" + shown(line) + "' is not a number");
            }
        }
        return Arrays.copyOf(values, count);
    }

    /** What a message shows of the input: printable, and short. */
    static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN_CHARACTERS).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || !Character.isDefined(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > SHOWN_CHARACTERS ? shown + "..." : shown.toString();
    }
}
