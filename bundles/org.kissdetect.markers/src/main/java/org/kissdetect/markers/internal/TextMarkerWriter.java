package org.kissdetect.markers.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;

/** The plain-text formats (EDL, Avid, WebVTT): no library exists for them, so they build their lines here. */
abstract class TextMarkerWriter implements MarkerWriter {

    /**
     * Media Composer and Resolve start a new timeline at 01:00:00:00; text markers are placed on that clock, unless the
     * movie's file records a start timecode: then on the media's own timecode, where its clip's markers belong.
     */
    static final int TIMELINE_START_HOURS = 1;

    @Override
    public final void write(MarkerDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(text(document));
        writer.flush();
    }

    abstract String text(MarkerDocument document);

    /** Text fields may not break a line or a column. */
    static String field(String text) {
        return text.replaceAll("[\\t\\r\\n|]+", " ").strip();
    }
}
