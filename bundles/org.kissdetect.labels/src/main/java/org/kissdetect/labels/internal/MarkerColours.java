package org.kissdetect.labels.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.markers.MarkerStyle;

/**
 * A project's marker colour as one of the marker colours a label rule names: the nearest in RGB, when it is near
 * enough to be taken for it. Projects write colours as {@code #rrggbb} (Shotcut, Kdenlive), Qt's {@code #aarrggbb},
 * or a name (OTIO's {@code RED}, {@code MAGENTA}).
 */
final class MarkerColours {

    /** Farther than this from every marker colour, a colour is none of them (RGB distance; white to black is 442). */
    private static final double NEAR_ENOUGH = 120;
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("black", "#000000"),
            Map.entry("magenta", "#ff00ff"), Map.entry("violet", "#8e24aa"), Map.entry("rose", "#d81b60"),
            Map.entry("mint", "#43a047"), Map.entry("lavender", "#b39ddb"), Map.entry("sky", "#4fc3f7"),
            Map.entry("sand", "#c2b280"), Map.entry("cocoa", "#6f4e37"), Map.entry("fuchsia", "#ff00ff"));

    private MarkerColours() {
    }

    static Optional<String> nearest(String colour) {
        int[] rgb = rgb(colour);
        if (rgb == null) {
            return Optional.empty();
        }
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (String name : LabelRule.COLOURS) {
            int[] candidate = rgb(new MarkerStyle("label", name, false).rgb());
            double distance = Math.sqrt(square(rgb[0] - candidate[0]) + square(rgb[1] - candidate[1])
                    + square(rgb[2] - candidate[2]));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = name;
            }
        }
        return bestDistance <= NEAR_ENOUGH ? Optional.of(best) : Optional.empty();
    }

    private static double square(double value) {
        return value * value;
    }

    /** @return {r, g, b}, or null when the text is no colour */
    private static int[] rgb(String colour) {
        if (colour == null) {
            return null;
        }
        String text = colour.strip().toLowerCase(Locale.ROOT);
        if (LabelRule.COLOURS.contains(text)) {
            text = new MarkerStyle("label", text, false).rgb();
        }
        text = NAMED.getOrDefault(text, text);
        if (text.matches("#[0-9a-f]{8}")) {
            text = "#" + text.substring(3);
        }
        if (!text.matches("#[0-9a-f]{6}")) {
            return null;
        }
        int value = Integer.parseInt(text.substring(1), 16);
        return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }
}
