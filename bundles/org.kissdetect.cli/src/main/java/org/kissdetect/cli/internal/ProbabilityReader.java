package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads per-second probabilities written as one number per line or as a JSON array. Blank lines and lines
 * starting with {@code #} are skipped. Range checks are the segmenter's: this only reads numbers.
 */
final class ProbabilityReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbabilityReader() {
    }

    static float[] parse(String text, String source) {
        String trimmed = text.strip();
        return trimmed.startsWith("[") ? parseJsonArray(trimmed, source) : parseLines(text, source);
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
                throw CommandFailure.badInput(source + ": element " + i + " is " + element + ", not a number");
            }
            values[i] = element.floatValue();
        }
        return values;
    }

    private static float[] parseLines(String text, String source) {
        String[] lines = text.split("\\R", -1);
        float[] values = new float[lines.length];
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                values[count++] = Float.parseFloat(line);
            } catch (NumberFormatException e) {
                throw CommandFailure.badInput(source + " line " + (i + 1) + ": '" + line + "' is not a number");
            }
        }
        return Arrays.copyOf(values, count);
    }

    static float[] read(InputStream in, String source) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot read " + source + ": " + e.getMessage());
        }
    }
}
