package org.kissdetect.api.labels;

import java.util.Locale;

/**
 * Which markers of a project are labels. A marker whose name is one of the two names (case and surrounding spaces
 * aside) labels its span; when colours are given, a marker of one of the two colours does too, whatever its name.
 * Markers Kiss Detector added (signed {@code (Kiss Detector)}) are detections, never labels.
 *
 * @param kissingName      the name of kissing markers ({@code kissing})
 * @param notKissingName   the name of not-kissing markers ({@code not kissing})
 * @param kissingColour    the colour of kissing markers, one of the marker colours ({@code green}), or {@code null}
 * @param notKissingColour the colour of not-kissing markers, or {@code null}
 */
public record LabelRule(String kissingName, String notKissingName, String kissingColour, String notKissingColour) {

    /** The colours a rule can name; a project's colour counts as the nearest of them. */
    public static final java.util.List<String> COLOURS = java.util.List.of("red", "orange", "yellow", "green", "cyan",
            "blue", "purple", "pink", "white");

    /** Names "kissing" and "not kissing", no colours. */
    public static final LabelRule NAMES = new LabelRule("kissing", "not kissing", null, null);

    /** Checks that the names differ and the colours are marker colours and differ. */
    public LabelRule {
        if (kissingName == null || kissingName.isBlank() || notKissingName == null || notKissingName.isBlank()) {
            throw new IllegalArgumentException("labels need a kissing and a not-kissing name");
        }
        if (normal(kissingName).equals(normal(notKissingName))) {
            throw new IllegalArgumentException("kissing and not-kissing labels cannot share the name " + kissingName);
        }
        for (String colour : new String[] {kissingColour, notKissingColour}) {
            if (colour != null && !COLOURS.contains(colour)) {
                throw new IllegalArgumentException("a label colour is one of " + String.join(", ", COLOURS)
                        + "; got " + colour);
            }
        }
        if (kissingColour != null && kissingColour.equals(notKissingColour)) {
            throw new IllegalArgumentException("kissing and not-kissing labels cannot share the colour "
                    + kissingColour);
        }
    }

    /** @return a name as rules compare it: trimmed, lower case */
    public static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
