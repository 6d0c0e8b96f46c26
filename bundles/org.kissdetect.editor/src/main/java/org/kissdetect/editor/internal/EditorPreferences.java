package org.kissdetect.editor.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.Segmenter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plugin's preferences, validated when they arrive: detection ({@value #PID}), markers ({@value #MARKERS_PID})
 * and model ({@value #MODEL_PID}), one preference page each. How seconds are joined into scenes is not the plugin's
 * to declare: it is the segmenter's configuration, read from the {@link Segmenter} service whenever the settings
 * are asked for (a new segmentation configuration changes that service in place).
 * A configuration that names an impossible value keeps this component from activating: SCR logs why, the host's
 * preferences dialog shows it, and the action is disabled until the preferences are fixed. Immediate, so that a
 * bad value fails at once.
 */
@Component(service = EditorPreferences.class,
        configurationPid = {EditorPreferences.PID, EditorPreferences.MARKERS_PID, EditorPreferences.MODEL_PID},
        immediate = true)
public final class EditorPreferences {

    static final String PID = "org.kissdetect.editor";
    static final String MARKERS_PID = "org.kissdetect.editor.markers";
    static final String MODEL_PID = "org.kissdetect.editor.model";

    private final DetectionSettings settings;
    private final Segmenter segmenter;

    @Activate
    public EditorPreferences(DetectionPreferences detection, MarkerPreferences markers, ModelPreferences model,
            @Reference Segmenter segmenter) {
        String name = markers.markerName();
        check(name != null && !name.isBlank(), MARKERS_PID, "markerName", name, "must not be blank");
        String colour = rgb(markers.markerColour());
        this.segmenter = segmenter;
        settings = new DetectionSettings(segmenter.parameters(), detection.autoDetect(), name.strip(), colour,
                modelDirectory(model.modelDirectory()));
    }

    /** The validated preferences, with the segmenter's parameters as they are now (they change in place). */
    DetectionSettings settings() {
        return settings.withParameters(segmenter.parameters());
    }

    /** The palette is {@link MarkerStyle}'s, so that the editor's markers match the exported ones. */
    private static String rgb(String colour) {
        try {
            return new MarkerStyle("marker", colour, true).rgb();
        } catch (IllegalArgumentException e) {
            throw invalid(MARKERS_PID, "markerColour", colour,
                    "must be one of red, orange, yellow, green, cyan, blue, purple, pink, white");
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
            throw invalid(MODEL_PID, "modelDirectory", value, "is not a path: " + e.getReason());
        }
    }

    private static void check(boolean valid, String pid, String attribute, Object value, String rule) {
        if (!valid) {
            throw invalid(pid, attribute, value, rule);
        }
    }

    private static IllegalArgumentException invalid(String pid, String attribute, Object value, String rule) {
        return new IllegalArgumentException("invalid configuration " + pid + ": " + attribute + " " + rule
                + ", got " + (value instanceof String ? "'" + value + "'" : value));
    }
}
