package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.api.projects.ProjectException;

/**
 * An OpenTimelineIO timeline; it is annotated with one {@code Marker.2} a scene on each clip that shows it, in the
 * clip's own time (its source range's frames), as OTIO places a clip's markers. The note goes in the marker's
 * {@code comment} (OTIO 0.16 on) and in its metadata under {@code kissdetect}, which older readers keep.
 */
final class OtioProject implements EditorProject {

    private static final String METADATA_KEY = "kissdetect";

    private final Path file;
    private final ObjectNode root;
    private final List<OtioClip> clips;
    private final List<ProjectMarker> markers;

    private OtioProject(Path file, ObjectNode root, List<OtioClip> clips, List<ProjectMarker> markers) {
        this.file = file;
        this.root = root;
        this.clips = clips;
        this.markers = markers;
    }

    static OtioProject read(Path file) throws ProjectException {
        ObjectNode root = OtioJson.read(file);
        String schema = OtioTimeline.schema(root);
        if (!schema.startsWith("Timeline.")) {
            throw new ProjectException(file, schema.isEmpty() ? "not an OpenTimelineIO file: no OTIO_SCHEMA"
                    : "an OpenTimelineIO " + schema + ", not a Timeline");
        }
        try {
            OtioTimeline.Contents contents = OtioTimeline.read(root, file.toAbsolutePath().getParent());
            return new OtioProject(file, root, contents.clips(), OtioMarkerReader.read(root, contents));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, e.getMessage(), e);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "otio";
    }

    /** The clips' markers in their media's time, the stack's and tracks' on the timeline. */
    @Override
    public List<ProjectMarker> markers() {
        return markers;
    }

    @Override
    public List<ProjectClip> clips() {
        return OtioTimeline.projectClips(clips);
    }

    @Override
    public int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out)
            throws IOException {
        ObjectNode copy = root.deepCopy();
        removeOurMarkers(copy);
        int added = 0;
        for (OtioClip clip : clips) {
            MediaScenes media = scenes.get(clip.clip().media());
            if (media == null) {
                continue;
            }
            for (ClipScene scene : ClipScene.of(clip.clip(), media, style)) {
                double start = clip.frame(scene.sourceStart());
                double end = Math.min(clip.frame(scene.sourceEnd()), clip.frame(clip.clip().sourceOut()));
                if (end > start) {
                    markersOf((ObjectNode) copy.at(clip.at())).add(marker(scene, start, end - start, clip, style));
                    added++;
                }
            }
        }
        OtioJson.write(copy, out);
        return added;
    }

    private static ObjectNode marker(ClipScene scene, double start, double duration, OtioClip clip,
            MarkerStyle style) {
        ObjectNode marker = JsonNodeFactory.instance.objectNode();
        marker.put("OTIO_SCHEMA", "Marker.2");
        ObjectNode ours = marker.putObject("metadata").putObject(METADATA_KEY);
        ours.put("note", scene.note());
        ours.put("scene", scene.number());
        ours.put("confidence", scene.scene().confidence());
        marker.put("name", scene.name());
        marker.put("color", style.colour().toUpperCase(Locale.ROOT));
        marker.set("marked_range", OtioTime.Range.json(start, duration, clip.rate()));
        marker.put("comment", scene.note());
        return marker;
    }

    private static ArrayNode markersOf(ObjectNode item) {
        JsonNode markers = item.get("markers");
        return markers instanceof ArrayNode array ? array : item.putArray("markers");
    }

    /** Removes, from every item, the markers whose comment or metadata says Kiss Detector added them. */
    private static void removeOurMarkers(JsonNode node) {
        if (node.isObject()) {
            JsonNode markers = node.get("markers");
            if (markers != null && markers.isArray()) {
                for (Iterator<JsonNode> it = markers.iterator(); it.hasNext();) {
                    if (ours(it.next())) {
                        it.remove();
                    }
                }
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                removeOurMarkers(child);
            }
        }
    }

    private static boolean ours(JsonNode marker) {
        if (!OtioTimeline.schema(marker).startsWith("Marker.")) {
            return false;
        }
        JsonNode metadata = marker.path("metadata");
        return ClipScene.signed(marker.path("comment").asText(null)) || metadata.has(METADATA_KEY)
                || signedWithin(metadata, 0);
    }

    /** Whether any text in the metadata is signed: an editor that drops the comment may keep it as a note. */
    private static boolean signedWithin(JsonNode node, int depth) {
        if (node.isTextual()) {
            return ClipScene.signed(node.asText());
        }
        if (depth > 8) {
            return false;
        }
        for (JsonNode child : node) {
            if (signedWithin(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
