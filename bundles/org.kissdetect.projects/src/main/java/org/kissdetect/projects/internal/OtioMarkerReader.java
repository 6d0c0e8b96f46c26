package org.kissdetect.projects.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import org.kissdetect.api.projects.ProjectMarker;

/**
 * The markers of an OTIO timeline, in the order of its tree: a stack's or track's on the timeline, a clip's on the
 * clip. Each marker's {@code marked_range} counts in its item's own time: a clip's is its source range's, which
 * maps to its media's time as the clip's source range does (through its time warp); a composition's starts where
 * the timeline reader placed it. Markers of what shows no media (sound, disabled or generated clips, gaps) are left
 * out. The note is a {@code Marker.2}'s {@code comment}, or else a note in its metadata (Resolve's {@code Note}).
 */
final class OtioMarkerReader {

    private static final int MAX_DEPTH = 32;

    private final Map<String, OtioClip> clips = new HashMap<>();
    private final Map<String, Double> compositions;
    private final List<ProjectMarker> markers = new ArrayList<>();

    private OtioMarkerReader(OtioTimeline.Contents contents) {
        contents.clips().forEach(clip -> clips.put(clip.at().toString(), clip));
        this.compositions = contents.compositions();
    }

    /**
     * @param timeline the {@code Timeline.1} object
     * @param contents what the timeline reader read of it
     * @throws IllegalArgumentException naming the marker, when its range is malformed
     */
    static List<ProjectMarker> read(JsonNode timeline, OtioTimeline.Contents contents) {
        OtioMarkerReader reader = new OtioMarkerReader(contents);
        reader.item(timeline.get("tracks"), JsonPointer.empty().appendProperty("tracks"), 0);
        return List.copyOf(reader.markers);
    }

    private void item(JsonNode item, JsonPointer at, int depth) {
        JsonNode list = item.get("markers");
        OtioClip clip = clips.get(at.toString());
        Double offset = compositions.get(at.toString());
        if (list != null && list.isArray() && (clip != null || offset != null)) {
            for (JsonNode marker : list) {
                if (OtioTimeline.schema(marker).startsWith("Marker.")) {
                    markers.add(clip != null ? onClip(marker, clip) : onTimeline(marker, offset, at));
                }
            }
        }
        JsonNode children = item.get("children");
        if (children != null && children.isArray() && depth < MAX_DEPTH) {
            for (int i = 0; i < children.size(); i++) {
                item(children.get(i), at.appendProperty("children").appendIndex(i), depth + 1);
            }
        }
    }

    private static ProjectMarker onClip(JsonNode marker, OtioClip clip) {
        OtioTime.Range range = range(marker, clip.clip().id());
        double speed = clip.clip().speed();
        double start = clip.mediaAtStart() + (range.startSeconds() - clip.start().seconds()) * speed;
        return marker(marker, clip, start, start + range.durationSeconds() * speed);
    }

    private static ProjectMarker onTimeline(JsonNode marker, double offset, JsonPointer at) {
        OtioTime.Range range = range(marker, at.toString());
        double start = offset + range.startSeconds();
        return marker(marker, null, start, start + range.durationSeconds());
    }

    private static OtioTime.Range range(JsonNode marker, String owner) {
        return OtioTime.Range.read(marker.get("marked_range"), "the marker \"" + text(marker, "name") + "\" of "
                + owner);
    }

    private static ProjectMarker marker(JsonNode marker, OtioClip clip, double start, double end) {
        String comment = text(marker, "comment");
        double from = Math.max(0, start);
        return new ProjectMarker(text(marker, "name"), comment.isEmpty() ? metadataNote(marker) : comment,
                text(marker, "color"), clip == null ? null : clip.clip(), from, Math.max(from, end));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    /** @return a {@code note} in the metadata or one of its namespaces ({@code Resolve_OTIO}), or "" */
    private static String metadataNote(JsonNode marker) {
        JsonNode metadata = marker.path("metadata");
        List<JsonNode> places = new ArrayList<>(List.of(metadata));
        metadata.forEach(places::add);
        for (JsonNode place : places) {
            for (var fields = place.fields(); fields.hasNext();) {
                var field = fields.next();
                if (field.getKey().equalsIgnoreCase("note") && field.getValue().isTextual()
                        && !field.getValue().asText().isEmpty()) {
                    return field.getValue().asText();
                }
            }
        }
        return "";
    }
}
