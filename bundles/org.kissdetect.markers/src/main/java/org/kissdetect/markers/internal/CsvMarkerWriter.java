package org.kissdetect.markers.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** One row a scene, with a header, quoted where needed (Jackson CSV), for spreadsheets. */
@Component(property = "kissdetect.marker.format=csv")
public final class CsvMarkerWriter implements MarkerWriter {

    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** {@code end} is exclusive, as in the JSON format. */
    @JsonPropertyOrder({"number", "name", "start", "end", "startTimecode", "endTimecode", "confidence", "model", "movie"})
    record Row(int number, String name, Number start, Number end, String startTimecode, String endTimecode,
            double confidence, String model, String movie) {
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String description() {
        return "one row a scene, for spreadsheets";
    }

    @Override
    public void write(MarkerDocument document, OutputStream out) throws IOException {
        MediaTimecode timecode = MediaTimecode.of(document);
        List<Row> rows = SceneMarker.of(document).stream()
                .map(m -> new Row(m.number(), m.name(), m.startSeconds(), m.endSeconds(),
                        timecode.label(m.startFrame()), timecode.label(m.endFrame()),
                        m.scene().confidence(), document.modelId(), document.movie().file().toString()))
                .toList();
        CsvSchema schema = CSV.schemaFor(Row.class).withHeader();
        CSV.writer(schema).writeValue(out, rows);
    }
}
