package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Element;

/**
 * The values of Final Cut Pro 7 XML: numbers of frames, {@code TRUE}/{@code FALSE} flags, rates as a whole timebase
 * with an NTSC flag, and media as {@code file://localhost/...} URLs. A value that is not of its kind, or absurd,
 * is refused with an {@link IllegalArgumentException} saying which.
 */
final class XmemlValues {

    /** More frames than a year of 60 fps holds is no edit (Premiere's stills stay far below). */
    static final double MAX_FRAMES = 2e9;
    private static final int MAX_TIMEBASE = 1000;

    private XmemlValues() {
    }

    /** @return the number a child holds (Premiere writes whole frames, Hiero {@code 125.0}), or null if absent */
    static Double number(Element parent, String tag) {
        return number(parent, tag, MAX_FRAMES);
    }

    /** @return the number a child holds, at most {@code max} either side of 0, or null if absent */
    static Double number(Element parent, String tag, double max) {
        Element child = Dom.child(parent, tag);
        if (child == null) {
            return null;
        }
        String text = child.getTextContent().strip();
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || Math.abs(value) > max) {
                throw new IllegalArgumentException(what(parent, tag) + " is out of range: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what(parent, tag) + " is no number: \"" + text + "\"", e);
        }
    }

    static double required(Element parent, String tag) {
        Double value = number(parent, tag);
        if (value == null) {
            throw new IllegalArgumentException(what(parent, tag) + " is missing");
        }
        return value;
    }

    /** @return whether a child holds {@code TRUE} (or {@code 1}) */
    static boolean flag(Element parent, String tag) {
        Element child = Dom.child(parent, tag);
        String text = child == null ? "" : child.getTextContent().strip().toUpperCase(Locale.ROOT);
        return text.equals("TRUE") || text.equals("1");
    }

    /** @return whether an element is switched off by an {@code <enabled>FALSE</enabled>} child */
    static boolean disabled(Element element) {
        Element enabled = Dom.child(element, "enabled");
        return enabled != null && enabled.getTextContent().strip().equalsIgnoreCase("FALSE");
    }

    /**
     * The rate of an element's {@code <rate>} child: 30 with NTSC is 30000/1001.
     *
     * @return the rate, or null when it has none
     */
    static FrameRate rate(Element owner) {
        Element rate = Dom.child(owner, "rate");
        if (rate == null) {
            return null;
        }
        double timebase = required(rate, "timebase");
        if (!(timebase >= 1) || timebase > MAX_TIMEBASE) {
            throw new IllegalArgumentException(what(rate, "timebase") + " is no frame rate: " + timebase);
        }
        if (flag(rate, "ntsc")) {
            return new FrameRate(Math.round(timebase) * 1000, 1001);
        }
        return timebase == Math.rint(timebase) ? new FrameRate((long) timebase, 1) : FrameRate.of(timebase);
    }

    /**
     * The media file a {@code pathurl} names. Premiere writes {@code file://localhost/Volumes/...}, percent-encoded;
     * {@code localhost} is this machine.
     *
     * @return the absolute path, or null when it names no local file
     */
    static Path media(String pathurl, Path base) {
        if (pathurl == null) {
            return null;
        }
        String text = pathurl.strip();
        if (text.regionMatches(true, 0, "file://localhost/", 0, 17)) {
            text = "file:///" + text.substring(17);
        }
        return ProjectFiles.media(text, base);
    }

    static String what(Element parent, String tag) {
        String id = parent.getAttribute("id");
        return "<" + tag + "> of <" + parent.getTagName() + (id.isEmpty() ? "" : " id=\"" + id + "\"") + ">";
    }
}
