package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import org.kissdetect.api.projects.ProjectClip;

/**
 * A clip of an OTIO timeline: what it shows, and where in the JSON tree it is, to mark it there. Its markers count
 * in its own time as OTIO defines it: the frames of its source range, at the rate of the range's start.
 *
 * @param clip         the clip as the API sees it
 * @param at           where the clip's object is in the tree
 * @param rate         the {@code rate} node of its source range's start, written back as it reads
 * @param start        its source range's start, in frames at that rate
 * @param mediaAtStart the media's time at that start, in seconds from the media's first frame
 */
record OtioClip(ProjectClip clip, JsonPointer at, JsonNode rate, OtioTime start, double mediaAtStart) {

    /** Past this, a speed is no editor's: a freeze frame or a broken file. */
    private static final double MAX_SPEED = 1000;

    /**
     * @param clip      the {@code Clip.1} or {@code Clip.2} object
     * @param at        where it is in the tree
     * @param where     where it is on the timeline, for messages and its id
     * @param source    its source range (its media's available range when it has none)
     * @param available its media's available range, or null when the media has none (it then starts at 0)
     * @param reference its active media reference, or null
     * @param base      the folder relative media paths count from
     * @param offset    the timeline time of the clip's first frame
     * @param from      the first of the clip's time (from its first frame) that shows, as a nested stack trims it
     * @param to        the time just after the last that shows
     * @return the clip, or empty when it shows no media file (a generator, a missing reference, a freeze frame, a
     *         reversed clip, or nothing of it within its stack's range)
     * @throws IllegalArgumentException when its times are malformed
     */
    static Optional<OtioClip> of(JsonNode clip, JsonPointer at, String where, OtioTime.Range source,
            OtioTime.Range available, JsonNode reference, Path base, double offset, double from, double to) {
        if (reference == null || !OtioTimeline.schema(reference).startsWith("ExternalReference.")) {
            return Optional.empty();
        }
        JsonNode url = reference.get("target_url");
        Path media = url == null || !url.isTextual() ? null : ProjectFiles.media(url.asText(), base);
        double speed = speed(clip, where);
        if (media == null || !(speed > 0) || speed > MAX_SPEED) {
            return Optional.empty();
        }
        double mediaAtStart = source.startSeconds() - (available == null ? 0 : available.startSeconds());
        double first = Math.max(Math.max(0, from), -mediaAtStart / speed);
        double last = Math.min(source.durationSeconds(), to);
        if (last - first < 1e-9) {
            return Optional.empty();
        }
        ProjectClip shown = new ProjectClip(where, media, Math.max(0, mediaAtStart + first * speed),
                mediaAtStart + last * speed, offset + first, speed);
        return Optional.of(new OtioClip(shown, at, rate(clip, reference), source.start(), mediaAtStart));
    }

    /**
     * @param sourceTime a time of the media, in seconds from its first frame
     * @return the frame of the clip's own time at which it shows
     */
    double frame(double sourceTime) {
        return start.value() + Math.round((sourceTime - mediaAtStart) / clip.speed() * start.rate());
    }

    /** The {@code rate} node of the clip's source range's start, or of its media's range when it has none. */
    private static JsonNode rate(JsonNode clip, JsonNode reference) {
        JsonNode source = clip.get("source_range");
        JsonNode range = source != null && source.isObject() ? source : reference.get("available_range");
        return range.get("start_time").get("rate");
    }

    /** How fast the media runs: the product of the clip's enabled linear time warps (freeze frames are one, at 0). */
    private static double speed(JsonNode clip, String where) {
        JsonNode effects = clip.get("effects");
        double speed = 1;
        if (effects == null || !effects.isArray()) {
            return speed;
        }
        for (JsonNode effect : effects) {
            String schema = OtioTimeline.schema(effect);
            if ((schema.startsWith("LinearTimeWarp.") || schema.startsWith("FreezeFrame."))
                    && OtioTimeline.enabled(effect)) {
                JsonNode scalar = effect.get("time_scalar");
                if (scalar == null || !scalar.isNumber() || !Double.isFinite(scalar.doubleValue())) {
                    throw new IllegalArgumentException(where + " has a time warp whose time_scalar is no number: "
                            + scalar);
                }
                speed *= schema.startsWith("FreezeFrame.") ? 0 : scalar.doubleValue();
            }
        }
        return speed;
    }

    /** @return the active media reference of a {@code Clip.2} (or the one of a {@code Clip.1}), or null */
    static JsonNode activeReference(JsonNode clip) {
        JsonNode references = clip.get("media_references");
        if (references != null && references.isObject()) {
            JsonNode key = clip.get("active_media_reference_key");
            JsonNode reference = references.get(key != null && key.isTextual() ? key.asText() : "DEFAULT_MEDIA");
            return reference != null && reference.isObject() ? reference : null;
        }
        JsonNode reference = clip.get("media_reference");
        return reference != null && reference.isObject() ? reference : null;
    }
}
