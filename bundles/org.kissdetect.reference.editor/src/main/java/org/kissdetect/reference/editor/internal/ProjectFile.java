package org.kissdetect.reference.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.common.files.AtomicFiles;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.TimeRange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The editor's project as JSON (Jackson), written atomically: to a temporary file in the same folder, then moved
 * over the old one, so that a failed save never leaves a half-written project.
 */
final class ProjectFile {

    static final String FORMAT = "kissdetect-reference-editor";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProjectFile() {
    }

    record ProjectJson(String format, int version, String name, List<MediaJson> media) {
    }

    /** @param labels since the editor keeps labels; absent in older projects, which older editors still read */
    record MediaJson(String id, String name, String file, double duration, List<MarkerJson> markers,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LabelJson> labels) {
    }

    /** @param kind {@code kissing} or {@code not kissing} */
    record LabelJson(String id, String owner, String kind, double start, double end) {

        static final String POSITIVE = "kissing";
        static final String NEGATIVE = "not kissing";
    }

    record MarkerJson(String id, String owner, String name, String colour, String comment, double start, double end) {
    }

    static void write(ProjectState state, Path file) throws IOException {
        List<MediaJson> media = new ArrayList<>();
        for (MediaEntry entry : state.media()) {
            MediaItem item = entry.item();
            List<MarkerJson> markers = state.markers().getOrDefault(item.id(), List.of()).stream()
                    .map(m -> new MarkerJson(m.id(), m.owner(), m.name(), m.colour(), m.comment(), m.range().start(),
                            m.range().end())).toList();
            List<LabelJson> labels = state.labels().getOrDefault(item.id(), List.of()).stream()
                    .map(l -> new LabelJson(l.id(), l.owner(), l.positive() ? LabelJson.POSITIVE : LabelJson.NEGATIVE,
                            l.range().start(), l.range().end())).toList();
            media.add(new MediaJson(item.id(), item.name(), item.file().toString(), entry.durationSeconds(), markers,
                    labels));
        }
        ProjectJson json = new ProjectJson(FORMAT, 1, state.name(), media);
        AtomicFiles.write(file, out -> JSON.writeValue(out, json));
    }

    private static List<Label> labels(Path file, MediaJson media) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (LabelJson json : media.labels() == null ? List.<LabelJson>of() : media.labels()) {
            if (!LabelJson.POSITIVE.equals(json.kind()) && !LabelJson.NEGATIVE.equals(json.kind())) {
                throw new IOException(file + " holds a label of kind " + json.kind() + " on " + media.id()
                        + "; a label is \"" + LabelJson.POSITIVE + "\" or \"" + LabelJson.NEGATIVE + "\"");
            }
            labels.add(new Label(json.id(), json.owner(), LabelJson.POSITIVE.equals(json.kind()),
                    new TimeRange(json.start(), json.end())));
        }
        return labels;
    }

    static ProjectState read(Path file) throws IOException {
        ProjectJson json;
        try {
            json = JSON.readValue(file.toFile(), ProjectJson.class);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a project file: " + e.getOriginalMessage(), e);
        }
        if (json == null || !FORMAT.equals(json.format())) {
            throw new IOException(file + " is not a " + FORMAT + " project (format: "
                    + (json == null ? "none" : json.format()) + ")");
        }
        if (json.version() != 1) {
            throw new IOException(file + " is a project of version " + json.version() + "; this editor reads version 1");
        }
        try {
            List<MediaEntry> media = new ArrayList<>();
            Map<String, List<Marker>> markers = new HashMap<>();
            Map<String, List<Label>> labels = new HashMap<>();
            for (MediaJson m : json.media() == null ? List.<MediaJson>of() : json.media()) {
                media.add(new MediaEntry(new MediaItem(m.id(), m.name(), m.file() == null ? null : Path.of(m.file())), m.duration()));
                List<Marker> list = new ArrayList<>();
                for (MarkerJson k : m.markers() == null ? List.<MarkerJson>of() : m.markers()) {
                    list.add(new Marker(k.id(), k.owner(), k.name(), k.colour(), k.comment() == null ? "" : k.comment(),
                            new TimeRange(k.start(), k.end())));
                }
                markers.put(m.id(), list);
                List<Label> labelled = labels(file, m);
                if (!labelled.isEmpty()) {
                    labels.put(m.id(), labelled);
                }
            }
            return new ProjectState(json.name() == null ? file.getFileName().toString() : json.name(), media, markers,
                    labels);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds an impossible project: " + e.getMessage(), e);
        }
    }
}
