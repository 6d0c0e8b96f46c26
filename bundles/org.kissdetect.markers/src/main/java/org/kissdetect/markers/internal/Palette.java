package org.kissdetect.markers.internal;

import java.util.Map;

/** The marker colour names of {@link org.kissdetect.api.markers.MarkerStyle} as RGB for editors that take any colour. */
final class Palette {

    private static final Map<String, String> HEX = Map.of("red", "#e53935", "orange", "#fb8c00", "yellow",
            "#fdd835", "green", "#43a047", "cyan", "#00acc1", "blue", "#1e88e5", "purple", "#8e24aa", "pink",
            "#d81b60", "white", "#ffffff");

    private Palette() {
    }

    static String hex(String colour) {
        String hex = HEX.get(colour);
        if (hex == null) {
            throw new IllegalArgumentException("no marker colour " + colour);
        }
        return hex;
    }
}
