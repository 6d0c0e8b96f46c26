package org.kissdetect.projects.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OTIO's {@code RationalTime.1}: a count of frames ({@code value}, possibly fractional) at a rate in frames per
 * second. Read from a JSON tree that came from outside, so every number is checked to be one a timeline can hold.
 *
 * @param value the frames
 * @param rate  the frames per second
 */
record OtioTime(double value, double rate) {

    /** About 115 days: no timeline, media file or timecode reaches this. */
    static final double MAX_SECONDS = 1e7;
    /** Audio sample rates reach 192000; nothing counts finer. */
    static final double MAX_RATE = 1e6;

    double seconds() {
        return value / rate;
    }

    /**
     * @param node the {@code RationalTime.1} object
     * @param what what it is, for messages ({@code "the source range's start of clip V1 item 2"})
     * @throws IllegalArgumentException when it is no time, or an absurd one
     */
    static OtioTime read(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not an OTIO RationalTime");
        }
        double rate = number(node.get("rate"), what + "'s rate");
        double value = number(node.get("value"), what + "'s value");
        if (!(rate > 0) || rate > MAX_RATE) {
            throw new IllegalArgumentException(what + " has a rate of " + node.get("rate") + " frames per second");
        }
        if (!(Math.abs(value / rate) <= MAX_SECONDS)) {
            throw new IllegalArgumentException(what + " is " + node.get("value") + " frames at " + node.get("rate")
                    + " per second, beyond any timeline");
        }
        return new OtioTime(value, rate);
    }

    private static double number(JsonNode node, String what) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException(what + " is " + (node == null ? "missing" : "not a number: " + node));
        }
        double number = node.doubleValue();
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(what + " is not a finite number: " + node);
        }
        return number;
    }

    /** @return a {@code RationalTime.1} as OTIO writes it, its rate the given node itself so it reads the same */
    static ObjectNode json(double value, JsonNode rate) {
        ObjectNode time = JsonNodeFactory.instance.objectNode();
        time.put("OTIO_SCHEMA", "RationalTime.1");
        time.set("rate", rate.deepCopy());
        time.put("value", value);
        return time;
    }

    /**
     * OTIO's {@code TimeRange.1}.
     *
     * @param start    its first instant
     * @param duration how long it lasts, never negative
     */
    record Range(OtioTime start, OtioTime duration) {

        double startSeconds() {
            return start.seconds();
        }

        double durationSeconds() {
            return duration.seconds();
        }

        /**
         * @param node the {@code TimeRange.1} object
         * @param what what it is, for messages
         * @throws IllegalArgumentException when it is no range, or an absurd one
         */
        static Range read(JsonNode node, String what) {
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(what + " is not an OTIO TimeRange");
            }
            Range range = new Range(OtioTime.read(node.get("start_time"), what + "'s start"),
                    OtioTime.read(node.get("duration"), what + "'s duration"));
            if (range.duration.value() < 0) {
                throw new IllegalArgumentException(what + " lasts a negative time");
            }
            return range;
        }

        /** @return the range the node holds, or null when it is absent or JSON {@code null} */
        static Range readIfPresent(JsonNode node, String what) {
            return node == null || node.isNull() ? null : read(node, what);
        }

        /** @return a {@code TimeRange.1} as OTIO writes it (duration first, as its serializer orders them) */
        static ObjectNode json(double start, double duration, JsonNode rate) {
            ObjectNode range = JsonNodeFactory.instance.objectNode();
            range.put("OTIO_SCHEMA", "TimeRange.1");
            range.set("duration", OtioTime.json(duration, rate));
            range.set("start_time", OtioTime.json(start, rate));
            return range;
        }
    }
}
