package org.kissdetect.resnet3d.internal.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kissdetect.common.text.Sha256;

/**
 * The class names of a checkpoint that does not carry them, by logit index, read from one of two files: one name a
 * line, or a dataset's CSV with a {@code label} column (Kinetics' {@code train.csv}), whose classes are numbered in
 * the order each label first appears, as Hara et al.'s {@code load_labels} does ({@code
 * data['label'].unique()}, util_scripts/kinetics_json.py lines 36-38).
 *
 * @param file   the file read
 * @param names  the class names in index order
 * @param sha256 the file's sha256
 */
public record ClassList(Path file, List<String> names, String sha256) {

    /** Kinetics-700's train.csv is about 40 MB. */
    private static final long LIMIT = 256L << 20;
    private static final String LABEL = "label";

    /**
     * Reads a class list.
     *
     * @param file the file
     * @return its classes
     * @throws IOException with a phrase saying what is wrong (the caller names the file)
     */
    public static ClassList read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        long size = Files.size(file);
        if (size > LIMIT) {
            throw new IOException("is " + size + " bytes, more than a class list may have (" + LIMIT + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("is not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        List<String> header = lines.isEmpty() ? List.of() : header(lines.get(0));
        List<String> names = header.contains(LABEL) ? fromCsv(lines, header.indexOf(LABEL)) : oneALine(lines);
        if (names.isEmpty()) {
            throw new IOException("holds no class names");
        }
        return new ClassList(file, List.copyOf(names), Sha256.hex(bytes));
    }

    /** The first line's fields, or none when it is no CSV line (a class name with a stray quote). */
    private static List<String> header(String line) {
        try {
            return CsvLine.fields(line);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> oneALine(List<String> lines) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(name)) {
                throw new IOException("line " + (i + 1) + " names class '" + name + "' a second time");
            }
            names.add(name);
        }
        return names;
    }

    private static List<String> fromCsv(List<String> lines, int column) throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.fields(lines.get(i));
            if (fields.size() <= column) {
                throw new IOException("line " + (i + 1) + " has " + fields.size() + " fields, no '" + LABEL + "'");
            }
            String label = fields.get(column).strip();
            if (label.isEmpty()) {
                throw new IOException("line " + (i + 1) + " has an empty '" + LABEL + "'");
            }
            labels.add(label);
        }
        return new ArrayList<>(labels);
    }
}
