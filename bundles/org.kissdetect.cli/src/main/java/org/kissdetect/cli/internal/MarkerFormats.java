package org.kissdetect.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.common.files.FileErrors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The marker formats the runtime has, and how the commands write a detection in one of them. */
@Component(service = MarkerFormats.class)
public final class MarkerFormats {

    private final Map<String, MarkerWriter> writers = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addWriter(MarkerWriter writer) {
        writers.put(writer.format(), writer);
    }

    void removeWriter(MarkerWriter writer) {
        writers.remove(writer.format(), writer);
    }

    MarkerWriter writer(String format) {
        MarkerWriter writer = writers.get(format);
        if (writer == null) {
            throw CommandFailure.badInput("no marker format '" + format + "'; available: " + String.join(", ", writers.keySet()));
        }
        return writer;
    }

    /**
     * @param formats one format or several, comma-separated ({@code json,fcpxml,edl})
     * @return their writers, in that order, each once
     */
    List<MarkerWriter> writers(String formats) {
        Set<String> names = new LinkedHashSet<>();
        for (String format : formats.split(",", -1)) {
            if (format.isBlank()) {
                throw CommandFailure.badInput("--format names formats separated by commas, none empty: '" + formats
                        + "'");
            }
            names.add(format.strip());
        }
        List<MarkerWriter> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(writer(name));
        }
        return chosen;
    }

    /** @return every format's writer, by format name */
    Map<String, MarkerWriter> all() {
        return Map.copyOf(writers);
    }

    /** Writes the markers to {@code target} (atomically, see {@link AtomicFile}), or to stdout when it is null. */
    void write(Detection detection, MarkerWriter writer, MarkerStyle style, Path target, PrintStream stdout) {
        MarkerDocument document = document(detection, style);
        if (target == null) {
            writeToStdout(writer, document, stdout);
        } else {
            AtomicFile.write(target, out -> writer.write(document, out));
        }
    }

    static MarkerDocument document(Detection detection, MarkerStyle style) {
        return document(detection, style, true);
    }

    /** @param snap whether scenes' edges move to shot cuts less than a second away, else stay on their seconds */
    static MarkerDocument document(Detection detection, MarkerStyle style, boolean snap) {
        return new MarkerDocument(snap ? detection.movie() : detection.movie().withShotCuts(List.of()),
                detection.scenes(), detection.model().id(), style);
    }

    static void writeToStdout(MarkerWriter writer, MarkerDocument document, PrintStream stdout) {
        try {
            writer.write(document, stdout);
        } catch (IOException e) {
            throw CommandFailure.cannotWrite("cannot write the markers to stdout: " + FileErrors.reason(e), e);
        }
        stdout.flush();
        if (stdout.checkError()) {
            throw CommandFailure.cannotWrite("cannot write the markers to stdout");
        }
    }
}
