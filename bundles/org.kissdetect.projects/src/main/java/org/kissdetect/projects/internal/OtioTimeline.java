package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import org.kissdetect.api.projects.ProjectClip;

/**
 * The video clips of an OTIO timeline: its stack's video tracks, each a row of items whose positions add up their
 * durations (transitions overlap their neighbours and take no time of their own). A nested stack is an item of its
 * duration whose own video tracks' clips show at its place, trimmed to its source range; stacks nested deeper only
 * take their time. Disabled tracks and clips take their time but show nothing.
 *
 * <p>A clip's source range counts in its media's own time, which starts at the media's available range (a camera's
 * timecode, in Resolve's exports). A {@code LinearTimeWarp} does not change the clip's duration on the track, as
 * OTIO defines it: the media runs through that duration {@code time_scalar} times as fast.
 */
final class OtioTimeline {

    private final Path base;
    private final List<OtioClip> clips = new ArrayList<>();
    private final Map<String, Double> compositions = new HashMap<>();

    private OtioTimeline(Path base) {
        this.base = base;
    }

    /**
     * What a timeline holds.
     *
     * @param clips        its video clips
     * @param compositions where the own time of its stack, its tracks, and the stacks nested in them and their
     *                     tracks starts on the timeline, in seconds, by their places in the tree
     *                     ({@link JsonPointer#toString()})
     */
    record Contents(List<OtioClip> clips, Map<String, Double> compositions) {

        Contents {
            clips = List.copyOf(clips);
            compositions = Map.copyOf(compositions);
        }
    }

    /**
     * @param timeline the {@code Timeline.1} object
     * @param base     the folder relative media paths count from
     * @throws IllegalArgumentException naming what is wrong, when the timeline is malformed
     */
    static Contents read(JsonNode timeline, Path base) {
        JsonNode stack = timeline.get("tracks");
        if (stack == null || !schema(stack).startsWith("Stack.")) {
            throw new IllegalArgumentException("its timeline has no stack of tracks");
        }
        OtioTimeline reader = new OtioTimeline(base);
        reader.stack(stack, JsonPointer.empty().appendProperty("tracks"), 0, null, true, "");
        return new Contents(reader.clips, reader.compositions);
    }

    /**
     * Where something's own time shows on the timeline, and which part of it shows: a nested stack's inner time,
     * or a clip's time from its first frame.
     *
     * @param offset the timeline time at which its time 0 shows
     * @param from   the first of its time that shows
     * @param to     the time just after the last that shows
     */
    private record Window(double offset, double from, double to) {
    }

    /** @return the stack's duration in seconds */
    private double stack(JsonNode stack, JsonPointer at, int depth, Window window, boolean shown, String where) {
        double longest = 0;
        JsonNode tracks = children(stack, where.isEmpty() ? "the timeline's stack" : where);
        double offset = window == null ? 0 : window.offset();
        compositions.put(at.toString(), offset);
        for (int i = 0; i < tracks.size(); i++) {
            JsonNode track = tracks.get(i);
            String name = where + "track " + name(track, i);
            if (!schema(track).startsWith("Track.")) {
                longest = Math.max(longest, duration(track, name, depth + 1));
                continue;
            }
            JsonPointer trackAt = at.appendProperty("children").appendIndex(i);
            compositions.put(trackAt.toString(), offset);
            longest = Math.max(longest, track(track, trackAt, depth, window, shown && isVideo(track)
                    && enabled(track), name));
        }
        return longest;
    }

    private static boolean isVideo(JsonNode track) {
        JsonNode kind = track.get("kind");
        return kind == null || kind.isNull() || "Video".equals(kind.asText());
    }

    /** @return the track's duration in seconds */
    private double track(JsonNode track, JsonPointer at, int depth, Window window, boolean shown, String where) {
        double position = 0;
        JsonNode items = children(track, where);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String schema = schema(item);
            String name = where + " item " + (i + 1);
            JsonPointer itemAt = at.appendProperty("children").appendIndex(i);
            double duration;
            if (schema.startsWith("Clip.")) {
                duration = clip(item, itemAt, shown ? window(window, position) : null, name);
            } else if (schema.startsWith("Stack.") && depth == 0) {
                duration = nested(item, itemAt, shown && enabled(item), position, name);
            } else {
                duration = duration(item, name, depth + 1);
            }
            position += duration;
            if (position > OtioTime.MAX_SECONDS) {
                throw new IllegalArgumentException(where + " lasts beyond any timeline");
            }
        }
        return position;
    }

    /** A nested stack: its video tracks' clips show at its position, trimmed to its source range. */
    private double nested(JsonNode stack, JsonPointer at, boolean shown, double position, String where) {
        OtioTime.Range range = OtioTime.Range.readIfPresent(stack.get("source_range"), where + "'s source range");
        double from = range == null ? 0 : range.startSeconds();
        double to = range == null ? Double.POSITIVE_INFINITY : from + range.durationSeconds();
        double length = stack(stack, at, 1, new Window(position - from, from, to), shown, where + " > ");
        return range == null ? length : range.durationSeconds();
    }

    /** The window of a top-level track (the whole timeline) or of a nested stack's track, at an item's place. */
    private static Window window(Window nested, double position) {
        if (nested == null) {
            return new Window(position, 0, Double.POSITIVE_INFINITY);
        }
        return new Window(nested.offset() + position, nested.from() - position, nested.to() - position);
    }

    /** @return the clip's duration on its track in seconds */
    private double clip(JsonNode clip, JsonPointer at, Window window, String where) {
        JsonNode reference = OtioClip.activeReference(clip);
        OtioTime.Range available = reference == null ? null
                : OtioTime.Range.readIfPresent(reference.get("available_range"), where + "'s media range");
        OtioTime.Range source = OtioTime.Range.readIfPresent(clip.get("source_range"), where + "'s source range");
        if (source == null) {
            source = available;
        }
        if (source == null) {
            throw new IllegalArgumentException(where + " has neither a source range nor a media range");
        }
        if (window != null && enabled(clip)) {
            OtioClip.of(clip, at, where, source, available, reference, base, window.offset(), window.from(),
                    window.to()).ifPresent(clips::add);
        }
        return source.durationSeconds();
    }

    /** The duration of an item that shows nothing here: a gap, a transition (none), a composition, a clip. */
    private static double duration(JsonNode item, String where, int depth) {
        String schema = schema(item);
        if (schema.startsWith("Transition.")) {
            return 0;
        }
        OtioTime.Range range = OtioTime.Range.readIfPresent(item.get("source_range"), where + "'s source range");
        if (range == null && schema.startsWith("Clip.") && OtioClip.activeReference(item) != null) {
            range = OtioTime.Range.readIfPresent(OtioClip.activeReference(item).get("available_range"),
                    where + "'s media range");
        }
        if (range != null) {
            return range.durationSeconds();
        }
        if (depth > 16 || !(schema.startsWith("Stack.") || schema.startsWith("Track."))) {
            return 0;
        }
        double total = 0;
        JsonNode children = children(item, where);
        for (int i = 0; i < children.size(); i++) {
            double child = duration(children.get(i), where + " > item " + (i + 1), depth + 1);
            total = schema.startsWith("Stack.") ? Math.max(total, child) : total + child;
        }
        return total;
    }

    private static JsonNode children(JsonNode composition, String where) {
        JsonNode children = composition.get("children");
        if (children == null || !children.isArray()) {
            throw new IllegalArgumentException(where + " has no list of children");
        }
        return children;
    }

    static String schema(JsonNode node) {
        JsonNode schema = node == null ? null : node.get("OTIO_SCHEMA");
        return schema == null || !schema.isTextual() ? "" : schema.asText();
    }

    static boolean enabled(JsonNode item) {
        JsonNode enabled = item.get("enabled");
        return enabled == null || !enabled.isBoolean() || enabled.asBoolean();
    }

    private static String name(JsonNode item, int index) {
        JsonNode name = item.get("name");
        return name != null && name.isTextual() && !name.asText().isBlank() ? "\"" + name.asText() + "\""
                : Integer.toString(index + 1);
    }

    /** @return the clips as the API sees them */
    static List<ProjectClip> projectClips(List<OtioClip> clips) {
        return clips.stream().map(OtioClip::clip).toList();
    }
}
