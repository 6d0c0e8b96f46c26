package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectLabel;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectMarker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A reference editor project. It has no timeline: each media item is a clip of the whole file, laid end to end in
 * the project's order, and every marker belongs to its media. Scenes are marked as the editor's plugin marks them,
 * owned by it, so that the plugin replaces them on its next detection.
 */
final class ReferenceEditorProject implements EditorProject {

    /** The owner the editor plugin gives the markers it makes. */
    static final String PLUGIN = "org.kissdetect.editor";
    /** A media item whose duration is not known yet is taken to last a week, the longest film believed. */
    private static final double UNKNOWN_DURATION = 7 * 24 * 3600;

    private final Path file;
    private final ObjectNode root;
    private final List<ProjectClip> clips = new ArrayList<>();
    private final List<ObjectNode> items = new ArrayList<>();

    ReferenceEditorProject(Path file, ObjectNode root) throws ProjectException {
        this.file = file;
        this.root = root;
        Path folder = file.toAbsolutePath().getParent();
        double position = 0;
        for (JsonNode item : root.path("media")) {
            Path media = item.isObject() ? ProjectFiles.media(item.path("file").asText(null), folder) : null;
            if (media == null) {
                continue;
            }
            double duration = item.path("duration").asDouble(0);
            if (!(duration > 0) || !Double.isFinite(duration) || duration > UNKNOWN_DURATION) {
                duration = UNKNOWN_DURATION;
            }
            String id = "media " + item.path("id").asText("?");
            try {
                clips.add(new ProjectClip(id, media, 0, duration, position, 1));
            } catch (IllegalArgumentException e) {
                throw new ProjectException(file, e.getMessage(), e);
            }
            items.add((ObjectNode) item);
            position += duration;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "reference-editor";
    }

    @Override
    public List<ProjectClip> clips() {
        return List.copyOf(clips);
    }

    /** The labels the editor saves per media item: {@code kind} "kissing" or "not kissing", start and end. */
    @Override
    public List<ProjectLabel> labels() {
        List<ProjectLabel> labels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (JsonNode label : items.get(i).path("labels")) {
                String kind = label.path("kind").asText("");
                double start = label.path("start").asDouble(Double.NaN);
                double end = label.path("end").asDouble(Double.NaN);
                if ((kind.equals("kissing") || kind.equals("not kissing")) && start >= 0 && end > start
                        && Double.isFinite(end)) {
                    labels.add(new ProjectLabel(clips.get(i), start, end, kind.equals("kissing")));
                }
            }
        }
        return labels;
    }

    @Override
    public List<ProjectMarker> markers() {
        List<ProjectMarker> markers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (JsonNode marker : items.get(i).path("markers")) {
                double start = Math.max(0, marker.path("start").asDouble(0));
                double end = Math.max(start, marker.path("end").asDouble(start));
                if (Double.isFinite(end)) {
                    // The plugin's markers are detections, as signed ones are, whatever their comment says.
                    String note = marker.path("comment").asText("")
                            + (PLUGIN.equals(marker.path("owner").asText(null)) ? " " + ClipScene.SIGNATURE : "");
                    markers.add(new ProjectMarker(marker.path("name").asText(""), note,
                            marker.path("colour").asText(""), clips.get(i), start, end));
                }
            }
        }
        return markers;
    }

    @Override
    public synchronized int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out)
            throws IOException {
        ObjectNode copy = root.deepCopy();
        int written = 0;
        int index = 0;
        for (JsonNode item : copy.path("media")) {
            if (index >= items.size() || !item.isObject()
                    || !clips.get(index).media().equals(ProjectFiles.media(item.path("file").asText(null),
                            file.toAbsolutePath().getParent()))) {
                continue;
            }
            ProjectClip clip = clips.get(index++);
            MediaScenes media = scenes.get(clip.media());
            ArrayNode markers = item.path("markers").isArray() ? (ArrayNode) item.path("markers")
                    : ((ObjectNode) item).putArray("markers");
            for (int i = markers.size() - 1; i >= 0; i--) {
                JsonNode marker = markers.get(i);
                if (PLUGIN.equals(marker.path("owner").asText(null))
                        || ClipScene.signed(marker.path("comment").asText(null))) {
                    markers.remove(i);
                }
            }
            if (media == null) {
                continue;
            }
            for (ClipScene shown : ClipScene.of(clip, media, style)) {
                markers.addObject().put("id", UUID.randomUUID().toString()).put("owner", PLUGIN)
                        .put("name", shown.name()).put("colour", style.colour()).put("comment", shown.note())
                        .put("start", shown.sourceStart()).put("end", shown.sourceEnd());
                written++;
            }
        }
        OtioJson.writeDefaultStyle(copy, out);
        return written;
    }
}
