package org.kissdetect.api.markers;

import java.util.Set;

/**
 * How markers look in the editor.
 *
 * <p>Colours are names from a palette every format can approximate: {@code red}, {@code orange},
 * {@code yellow}, {@code green}, {@code cyan}, {@code blue}, {@code purple}, {@code pink}, {@code white}. Each
 * writer maps the name to its editor's nearest colour; formats without colours ignore it.
 *
 * @param name      the marker name; markers are called {@code "<name> 1"}, {@code "<name> 2"}, ... in time order
 * @param colour    a colour name from the palette above
 * @param dropFrame write drop-frame timecode (;) where the frame rate is 29.97 or 59.94
 */
public record MarkerStyle(String name, String colour, boolean dropFrame) {

    /** Checks that the name is present and the colour is from the palette. */
    public MarkerStyle {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a marker needs a name");
        }
        if (!Set.of("red", "orange", "yellow", "green", "cyan", "blue", "purple", "pink", "white").contains(colour)) {
            throw new IllegalArgumentException("marker colour must be one of red, orange, yellow, green, cyan, blue, "
                    + "purple, pink, white; got " + colour);
        }
    }
}
