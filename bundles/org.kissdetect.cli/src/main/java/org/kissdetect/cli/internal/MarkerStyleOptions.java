package org.kissdetect.cli.internal;

import org.kissdetect.api.markers.MarkerStyle;

import picocli.CommandLine.Option;

/** How markers look: their name, colour and timecode style. */
final class MarkerStyleOptions {

    @Option(names = "--marker-name", paramLabel = "NAME", defaultValue = MarkerStyle.DEFAULT_NAME,
            description = "Markers are called NAME 1, NAME 2, ... (default: ${DEFAULT-VALUE}).")
    String name = MarkerStyle.DEFAULT_NAME;

    @Option(names = "--marker-colour", paramLabel = "COLOUR", defaultValue = "red",
            description = "red, orange, yellow, green, cyan, blue, purple, pink or white (default: ${DEFAULT-VALUE}).")
    String colour = "red";

    @Option(names = "--non-drop-frame", description = "Non-drop-frame timecode at 29.97 and 59.94 fps.")
    boolean nonDropFrame;

    @Option(names = "--no-snap", description = "Scenes start and end on their seconds' first frames, not on a shot cut "
            + "less than a second away.")
    boolean noSnap;

    MarkerStyle style() {
        try {
            return new MarkerStyle(name, colour, !nonDropFrame);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }
}
