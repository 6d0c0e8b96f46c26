package org.kissdetect.labels.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.labels.Label;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The annotation file training reads: {@code movie,start,end,label}, RFC 4180 CSV with a header, times in seconds
 * to the millisecond, movies relative to the file's folder when they lie under it.
 */
final class AnnotationCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    @JsonPropertyOrder({"movie", "start", "end", "label"})
    record Row(String movie, String start, String end, String label) {
    }

    private AnnotationCsv() {
    }

    static void write(List<Label> labels, Path annotations, OutputStream out) throws IOException {
        Path folder = annotations.toAbsolutePath().normalize().getParent();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = CSV.writer(SCHEMA).writeValues(text)) {
            for (Label label : labels) {
                rows.write(new Row(movie(label.media(), folder), seconds(label.start()), seconds(label.end()),
                        label.kissing() ? "kissing" : "not kissing"));
            }
        }
    }

    private static String movie(Path media, Path folder) {
        Path absolute = media.toAbsolutePath().normalize();
        return folder != null && absolute.startsWith(folder) ? folder.relativize(absolute).toString()
                : absolute.toString();
    }

    private static String seconds(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
