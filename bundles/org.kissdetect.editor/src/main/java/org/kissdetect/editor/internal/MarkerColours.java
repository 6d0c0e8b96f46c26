package org.kissdetect.editor.internal;

import java.util.Map;

/** The palette of {@link org.kissdetect.api.markers.MarkerStyle} as the RGB colours hosts take. */
final class MarkerColours {

    private static final Map<String, String> HEX = Map.of("red", "#e53935", "orange", "#fb8c00", "yellow",
            "#fdd835", "green", "#43a047", "cyan", "#00acc1", "blue", "#1e88e5", "purple", "#8e24aa", "pink",
            "#d81b60", "white", "#ffffff");

    private MarkerColours() {
    }

    /** The RGB colour of a palette name, or {@code null} when the name is not in the palette. */
    static String hex(String name) {
        return name == null ? null : HEX.get(name);
    }
}
