package org.kissdetect.editor.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.SegmentationParameters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The plugin's preferences (PID {@value #PID}), validated when they arrive. A configuration that names an
 * impossible value keeps this component from activating: SCR logs why, the host's preferences dialog shows it,
 * and the action is disabled until the preferences are fixed. Immediate, so that a bad value fails at once.
 */
@Component(service = EditorPreferences.class, configurationPid = EditorPreferences.PID, immediate = true)
@Designate(ocd = EditorConfiguration.class)
public final class EditorPreferences {

    static final String PID = "org.kissdetect.editor";

    private final DetectionSettings settings;

    @Activate
    public EditorPreferences(EditorConfiguration configuration) {
        int minSeconds = configuration.minSeconds();
        double minFraction = configuration.minFraction();
        double threshold = configuration.threshold();
        check(minSeconds >= 1, "minSeconds", minSeconds, "must be at least 1");
        check(minFraction > 0 && minFraction <= 1, "minFraction", minFraction, "must lie in (0, 1]");
        check(threshold >= 0 && threshold <= 1, "threshold", threshold, "must lie in [0, 1]");
        String name = configuration.markerName();
        check(name != null && !name.isBlank(), "markerName", name, "must not be blank");
        String colour = rgb(configuration.markerColour());
        settings = new DetectionSettings(new SegmentationParameters(minSeconds, minFraction, threshold),
                configuration.autoDetect(), name.strip(), colour, modelDirectory(configuration.modelDirectory()));
    }

    /** The validated preferences. */
    DetectionSettings settings() {
        return settings;
    }

    /** The palette is {@link MarkerStyle}'s, so that the editor's markers match the exported ones. */
    private static String rgb(String colour) {
        try {
            return new MarkerStyle("marker", colour, true).rgb();
        } catch (IllegalArgumentException e) {
            throw invalid("markerColour", colour, "must be one of red, orange, yellow, green, cyan, blue, purple, pink, white");
        }
    }

    /** Blank means the demo model: {@code null}. */
    private static Path modelDirectory(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw invalid("modelDirectory", value, "is not a path: " + e.getReason());
        }
    }

    private static void check(boolean valid, String attribute, Object value, String rule) {
        if (!valid) {
            throw invalid(attribute, value, rule);
        }
    }

    private static IllegalArgumentException invalid(String attribute, Object value, String rule) {
        return new IllegalArgumentException("invalid configuration " + PID + ": " + attribute + " " + rule
                + ", got " + (value instanceof String ? "'" + value + "'" : value));
    }
}
