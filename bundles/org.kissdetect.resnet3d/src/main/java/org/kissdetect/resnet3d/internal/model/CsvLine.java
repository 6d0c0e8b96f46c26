package org.kissdetect.resnet3d.internal.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The fields of one CSV line (RFC 4180 quoting; a quoted field spanning lines is not supported). */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> fields(String line) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IOException("a quoted field is not closed on its line: " + abbreviate(line));
        }
        fields.add(field.toString());
        return fields;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
