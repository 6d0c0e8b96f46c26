package org.kissdetect.projects.internal;

import java.util.Locale;
import java.util.Optional;

import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where one {@code <clipitem>} plays, in seconds. Its {@code in}/{@code out} count frames of its source at the
 * clipitem's rate, from the source's first frame; {@code start}/{@code end} count frames of its sequence. Where a
 * transition covers an edge, that edge is -1: Premiere then places the clip's in point at the start of the transition
 * before it and its out point at the end of the transition after it, and the clip shows up to the transition's cut
 * point. A {@code timeremap} filter's {@code speed} (in percent) and {@code reverse} set how fast it plays.
 *
 * @param sourceIn      the source time of its first frame shown
 * @param sourceOut     the source time just after its last frame shown
 * @param timelineStart where its first frame shown is on its sequence
 * @param speed         how fast it plays, never negative
 * @param reversed      whether it plays backwards, from its out point to its in point
 * @param constant      whether it plays at one speed (not a speed ramp of keyframes)
 */
record XmemlClipItem(double sourceIn, double sourceOut, double timelineStart, double speed, boolean reversed,
        boolean constant) {

    /** Premiere's time unit: {@code pproTicksIn}, {@code cutPointTicks}. */
    private static final double TICKS_PER_SECOND = 254_016_000_000.0;
    private static final double MAX_SPEED_PERCENT = 100_000;

    /** @return where it plays, or empty when it shows nothing */
    static Optional<XmemlClipItem> of(Element clipitem, FrameRate sourceRate, FrameRate sequenceRate) {
        double in = XmemlValues.required(clipitem, "in") / sourceRate.framesPerSecond();
        double out = XmemlValues.required(clipitem, "out") / sourceRate.framesPerSecond();
        if (in < 0 || !(out > in)) {
            return Optional.empty();
        }
        Element timeremap = timeremap(clipitem);
        double percent = speedPercent(timeremap);
        double speed = Math.abs(percent) / 100;
        boolean reverse = percent < 0
                || (timeremap != null && "TRUE".equalsIgnoreCase(parameter(timeremap, "reverse")));
        boolean variable = timeremap != null && "1".equals(parameter(timeremap, "variablespeed"));

        double length = (out - in) / speed;
        double start = XmemlValues.required(clipitem, "start");
        double end = XmemlValues.required(clipitem, "end");
        Element before = transitionBeside(clipitem, false);
        Element after = transitionBeside(clipitem, true);
        double fps = sequenceRate.framesPerSecond();
        double anchor;
        if (start >= 0) {
            anchor = start / fps;
        } else if (end >= 0) {
            anchor = end / fps - length;
        } else if (before != null) {
            anchor = seconds(before, "start", sequenceRate);
        } else {
            throw new IllegalArgumentException("it starts and ends in transitions it has not");
        }
        double shownStart = start < 0 && before != null ? Math.max(anchor, cut(before, sequenceRate)) : anchor;
        double shownEnd = end < 0 && after != null ? Math.min(anchor + length, cut(after, sequenceRate))
                : anchor + length;
        shownStart = Math.max(shownStart, 0);
        if (!(shownEnd - shownStart > 0.5 / fps)) {
            return Optional.empty();
        }
        double sourceIn = reverse ? out - (shownEnd - anchor) * speed : in + (shownStart - anchor) * speed;
        double sourceOut = reverse ? out - (shownStart - anchor) * speed : in + (shownEnd - anchor) * speed;
        return Optional.of(new XmemlClipItem(Math.max(sourceIn, in), Math.min(sourceOut, out), shownStart, speed,
                reverse, !variable));
    }

    private static Element timeremap(Element clipitem) {
        for (Element filter : Dom.children(clipitem, "filter")) {
            Element effect = Dom.child(filter, "effect");
            Element effectId = effect == null ? null : Dom.child(effect, "effectid");
            if (effectId != null && effectId.getTextContent().strip().equalsIgnoreCase("timeremap")) {
                return effect;
            }
        }
        return null;
    }

    private static double speedPercent(Element timeremap) {
        String text = timeremap == null ? null : parameter(timeremap, "speed");
        if (text == null) {
            return 100;
        }
        try {
            double percent = Double.parseDouble(text);
            if (percent != 0 && Math.abs(percent) <= MAX_SPEED_PERCENT) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("its time remap plays at a speed of \"" + text + "\" percent");
    }

    /** @return the value of an effect's parameter, by its {@code parameterid}, or null */
    private static String parameter(Element effect, String id) {
        for (Element parameter : Dom.children(effect, "parameter")) {
            Element parameterId = Dom.child(parameter, "parameterid");
            Element value = Dom.child(parameter, "value");
            if (parameterId != null && value != null
                    && parameterId.getTextContent().strip().toLowerCase(Locale.ROOT).equals(id)) {
                return value.getTextContent().strip();
            }
        }
        return null;
    }

    /** @return the transition right before or after a clip on its track, or null */
    private static Element transitionBeside(Element clipitem, boolean after) {
        Node node = after ? clipitem.getNextSibling() : clipitem.getPreviousSibling();
        while (node != null && !(node instanceof Element)) {
            node = after ? node.getNextSibling() : node.getPreviousSibling();
        }
        return node instanceof Element element && element.getTagName().equals("transitionitem") ? element : null;
    }

    /** @return where a transition passes from one clip to the next: Premiere's cut point, else by its alignment */
    private static double cut(Element transition, FrameRate sequenceRate) {
        double start = seconds(transition, "start", sequenceRate);
        double end = seconds(transition, "end", sequenceRate);
        Double ticks = XmemlValues.number(transition, "cutPointTicks", XmemlValues.MAX_FRAMES * TICKS_PER_SECOND);
        if (ticks != null) {
            return Math.min(Math.max(start + ticks / TICKS_PER_SECOND, start), Math.max(start, end));
        }
        Element alignment = Dom.child(transition, "alignment");
        String text = alignment == null ? "center" : alignment.getTextContent().strip();
        return switch (text) {
            case "start", "start-black" -> start;
            case "end", "end-black" -> end;
            default -> (start + end) / 2;
        };
    }

    private static double seconds(Element transition, String tag, FrameRate sequenceRate) {
        FrameRate own = XmemlValues.rate(transition);
        return XmemlValues.required(transition, tag) / (own == null ? sequenceRate : own).framesPerSecond();
    }
}
