package org.kissdetect.cli.internal;

import org.kissdetect.api.labels.LabelRule;

import picocli.CommandLine.Option;

/** Which markers of a project are labels. */
final class LabelOptions {

    @Option(names = "--kissing-name", paramLabel = "NAME", defaultValue = "kissing",
            description = "Markers of this name label kissing (default: ${DEFAULT-VALUE}; case aside).")
    String kissingName = "kissing";

    @Option(names = "--not-kissing-name", paramLabel = "NAME", defaultValue = "not kissing",
            description = "Markers of this name label not kissing (default: ${DEFAULT-VALUE}).")
    String notKissingName = "not kissing";

    @Option(names = "--kissing-colour", paramLabel = "COLOUR",
            description = "Markers of this colour label kissing too, whatever their name (red, orange, yellow, "
                    + "green, cyan, blue, purple, pink or white; the nearest counts).")
    String kissingColour;

    @Option(names = "--not-kissing-colour", paramLabel = "COLOUR",
            description = "Markers of this colour label not kissing too.")
    String notKissingColour;

    LabelRule rule() {
        try {
            return new LabelRule(kissingName, notKissingName, kissingColour, notKissingColour);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }
}
