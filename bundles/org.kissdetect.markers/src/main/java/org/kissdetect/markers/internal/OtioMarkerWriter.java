package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenTimelineIO JSON: a timeline whose video track holds the movie as one clip and, when the movie has sound, an
 * audio track holding a clip of the same file; each scene is a {@code Marker.2} on the video clip with
 * {@code marked_range}, {@code color}, {@code name}, {@code comment} and the detector's figures under
 * {@code metadata.kissdetect}. The media's {@code available_range} starts at its start timecode, and the clip's
 * {@code source_range} and the markers count in that time, as OTIO's media time does.
 *
 * <p>The schemas are those OTIO calls its 0.14.0 family (its {@code CORE_VERSION_MAP}): {@code Timeline.1},
 * {@code Stack.1}, {@code Track.1}, {@code Clip.1}, {@code ExternalReference.1}, {@code Marker.2}. OTIO refuses a
 * schema version newer than it knows, and 0.14 knows {@code Clip.1} only ({@code Clip.2}, multiple media
 * references, came in 0.15); 0.15 and later upgrade {@code Clip.1} as they read it, and {@code Marker.2} is current
 * from 0.14 to 0.18 (later readers upgrade it). Fields a reader does not know, {@code comment} before 0.16 and
 * {@code enabled} before 0.15, are kept as its dynamic fields.
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=otio")
public final class OtioMarkerWriter implements MarkerWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "otio";
    }

    @Override
    public String extension() {
        return "otio";
    }

    @Override
    public String description() {
        return "OpenTimelineIO";
    }

    @Override
    public void write(MarkerDocument document, OutputStream out) throws IOException {
        MediaTimecode timecode = MediaTimecode.of(document);
        FrameRate rate = timecode.rate();
        long frames = rate.framesIn(document.movie().durationSeconds());
        long start = timecode.origin();
        String name = document.movie().file().getFileName().toString();

        ObjectNode clip = movieClip(document, rate, start, frames);
        ArrayNode markers = clip.putArray("markers");
        for (SceneMarker marker : SceneMarker.of(document)) {
            ObjectNode element = schema("Marker.2", marker.name());
            ObjectNode figures = ((ObjectNode) element.get("metadata")).putObject("kissdetect");
            figures.put("start", marker.startSeconds().doubleValue());
            figures.put("end", marker.endSeconds().doubleValue());
            figures.put("confidence", marker.scene().confidence());
            figures.put("model", document.modelId());
            element.set("marked_range", range(rate, start + marker.startFrame(), marker.durationFrames()));
            element.put("color", document.style().colour().toUpperCase(Locale.ROOT));
            element.put("comment", marker.comment());
            markers.add(element);
        }

        ObjectNode stack = item("Stack.1", "tracks");
        ArrayNode tracks = stack.putArray("children");
        tracks.add(track("V1", "Video", clip));
        if (document.movie().hasAudio()) {
            tracks.add(track("A1", "Audio", movieClip(document, rate, start, frames)));
        }
        ObjectNode timeline = schema("Timeline.1", name + " - " + document.style().name());
        timeline.putNull("global_start_time");
        timeline.set("tracks", stack);
        JSON.writeValue(out, timeline);
    }

    /** The whole movie as a {@code Clip.1}: its one {@code media_reference} is the movie's file. */
    private static ObjectNode movieClip(MarkerDocument document, FrameRate rate, long start, long frames) {
        String name = document.movie().file().getFileName().toString();
        ObjectNode clip = item("Clip.1", name);
        clip.set("source_range", range(rate, start, frames));
        ObjectNode reference = schema("ExternalReference.1", name);
        reference.set("available_range", range(rate, start, frames));
        reference.putNull("available_image_bounds");
        reference.put("target_url", document.movie().file().toUri().toString());
        clip.set("media_reference", reference);
        return clip;
    }

    private static ObjectNode track(String name, String kind, ObjectNode clip) {
        ObjectNode track = item("Track.1", name);
        track.put("kind", kind);
        track.putArray("children").add(clip);
        return track;
    }

    private static ObjectNode schema(String schema, String name) {
        ObjectNode node = JSON.createObjectNode();
        node.put("OTIO_SCHEMA", schema);
        node.putObject("metadata");
        node.put("name", name);
        return node;
    }

    /** The fields every OTIO item (clip, track, stack) carries. */
    private static ObjectNode item(String schema, String name) {
        ObjectNode node = schema(schema, name);
        node.putNull("source_range");
        node.putArray("effects");
        node.putArray("markers");
        node.put("enabled", true);
        return node;
    }

    private static ObjectNode range(FrameRate rate, long start, long duration) {
        ObjectNode range = JSON.createObjectNode();
        range.put("OTIO_SCHEMA", "TimeRange.1");
        range.set("duration", time(rate, duration));
        range.set("start_time", time(rate, start));
        return range;
    }

    private static ObjectNode time(FrameRate rate, long frames) {
        ObjectNode time = JSON.createObjectNode();
        time.put("OTIO_SCHEMA", "RationalTime.1");
        time.put("rate", rate.framesPerSecond());
        time.put("value", (double) frames);
        return time;
    }
}
