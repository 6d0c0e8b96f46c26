package org.kissdetect.train.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.train.AnnotationException;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads annotation files: CSV (RFC 4180 quoting, UTF-8), one scene a line (a quoted field holds no line break), {@code movie,start,end,label}; an optional
 * header line starting with {@code movie}; lines starting with {@code #} are comments. The movie is a path, relative
 * to the annotation file's folder unless absolute; start and end are seconds or timecode, the scene covering
 * {@code [start, end)}; the label is {@code kissing} or {@code not kissing}.
 */
final class AnnotationFile {

    private static final ObjectReader ROW = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES).readerForArrayOf(String.class);

    private AnnotationFile() {
    }

    static List<Annotation> read(Path file) throws AnnotationException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AnnotationException(file, 0, "no such file");
        } catch (IOException e) {
            throw new AnnotationException(file, 0, "cannot be read as UTF-8 text: " + e.getMessage());
        }
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] row = fields(file, i + 1, line);
            if (annotations.isEmpty() && row[0].equalsIgnoreCase("movie")) {
                continue;
            }
            annotations.add(annotation(file, i + 1, row));
        }
        if (annotations.isEmpty()) {
            throw new AnnotationException(file, 0, "annotates no scene");
        }
        return annotations;
    }

    private static String[] fields(Path file, int line, String text) throws AnnotationException {
        try (MappingIterator<String[]> row = ROW.readValues(text)) {
            return row.hasNextValue() ? row.nextValue() : new String[] {""};
        } catch (IOException e) {
            throw new AnnotationException(file, line, "is not a CSV line: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Annotation annotation(Path file, int line, String[] row) throws AnnotationException {
        if (row.length != 4) {
            throw new AnnotationException(file, line, "has " + row.length + " fields, expected 4: movie,start,end,label");
        }
        double start;
        double end;
        try {
            start = TimeText.seconds(row[1]);
            end = TimeText.seconds(row[2]);
        } catch (IllegalArgumentException e) {
            throw new AnnotationException(file, line, e.getMessage());
        }
        if (end <= start) {
            throw new AnnotationException(file, line, "end " + row[2] + " is not after start " + row[1]);
        }
        String label = row[3].toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!label.equals("kissing") && !label.equals("not kissing")) {
            throw new AnnotationException(file, line, "label '" + row[3] + "' is neither 'kissing' nor 'not kissing'");
        }
        if (row[0].isEmpty()) {
            throw new AnnotationException(file, line, "names no movie");
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            return new Annotation(line, row[0], folder.resolve(row[0]).normalize(), start, end, label.equals("kissing"));
        } catch (InvalidPathException e) {
            throw new AnnotationException(file, line, "movie '" + row[0] + "' is not a path: " + e.getReason());
        }
    }
}
