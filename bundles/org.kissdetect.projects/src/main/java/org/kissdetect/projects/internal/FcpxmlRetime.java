package org.kissdetect.projects.internal;

import java.util.List;

import org.w3c.dom.Element;

/**
 * A clip's retime: its {@code timeMap}, whose {@code timept}s map the clip's local time ({@code time}) to its media's
 * time ({@code value}), read as the constant speed between the first and last points. A {@code conform-rate} alone
 * changes no speed: it says how the media's frames meet the sequence's.
 *
 * @param time  a local time
 * @param value the media time shown at it
 * @param speed media seconds per local second
 */
record FcpxmlRetime(double time, double value, double speed) {

    static final FcpxmlRetime NONE = new FcpxmlRetime(0, 0, 1);

    static FcpxmlRetime of(Element clip) {
        Element map = Dom.child(clip, "timeMap");
        List<Element> points = map == null ? List.of() : Dom.children(map, "timept");
        if (points.size() < 2) {
            return NONE;
        }
        Element first = points.get(0);
        Element last = points.get(points.size() - 1);
        double t0 = required(first, "time");
        double t1 = required(last, "time");
        double v0 = required(first, "value");
        double v1 = required(last, "value");
        if (t1 == t0) {
            throw new IllegalArgumentException(FcpxmlTimeline.describe(clip) + " has a timeMap without length");
        }
        return new FcpxmlRetime(t0, v0, (v1 - v0) / (t1 - t0));
    }

    /** @return the media time shown at a local time */
    double media(double local) {
        return value + (local - time) * speed;
    }

    private static double required(Element point, String attribute) {
        FcpxmlTime time = FcpxmlTime.of(point, attribute, null);
        if (time == null) {
            throw new IllegalArgumentException("a <timept> without its " + attribute);
        }
        return time.seconds();
    }
}
