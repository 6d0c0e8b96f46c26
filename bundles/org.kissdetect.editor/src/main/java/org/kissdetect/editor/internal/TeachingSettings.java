package org.kissdetect.editor.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The validated teaching preferences ({@value #PID}). A value that cannot be used keeps this component from
 * activating: SCR logs why, and "Train detector from labels" is disabled until the preference is fixed. Kept apart
 * from {@link EditorPreferences}, whose every change re-segments the open movies' markers.
 */
@Component(service = TeachingSettings.class, configurationPid = TeachingSettings.PID, immediate = true)
@Designate(ocd = TeachingPreferences.class)
public final class TeachingSettings {

    static final String PID = "org.kissdetect.editor.teaching";
    static final int DEFAULT_EPOCHS = 30;

    private final Path modelsFolder;
    private final Path backbonesFolder;
    private final boolean wholeNetwork;
    private final int epochs;

    @Activate
    public TeachingSettings(TeachingPreferences preferences) {
        this(path("modelsFolder", preferences.modelsFolder()), path("backbonesFolder", preferences.backbonesFolder()),
                preferences.wholeNetwork(), preferences.epochs());
    }

    TeachingSettings(Path modelsFolder, Path backbonesFolder, boolean wholeNetwork, int epochs) {
        if (epochs < 1 || epochs > 1000) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": epochs must be 1 to 1000, got "
                    + epochs);
        }
        this.modelsFolder = modelsFolder == null ? defaultModelsFolder() : modelsFolder;
        this.backbonesFolder = backbonesFolder;
        this.wholeNetwork = wholeNetwork;
        this.epochs = epochs;
    }

    Path modelsFolder() {
        return modelsFolder;
    }

    /** @return the pretrained backbones' folder, or {@code null} for the seeded random backbones */
    Path backbonesFolder() {
        return backbonesFolder;
    }

    boolean wholeNetwork() {
        return wholeNetwork;
    }

    int epochs() {
        return epochs;
    }

    /** {@code $XDG_DATA_HOME/kissdetect/models} when that is absolute, else {@code ~/.local/share/kissdetect/models}. */
    static Path defaultModelsFolder() {
        String data = System.getenv("XDG_DATA_HOME");
        Path base = data != null && !data.isEmpty() && Path.of(data).isAbsolute() ? Path.of(data)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("kissdetect").resolve("models");
    }

    private static Path path(String attribute, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid configuration " + PID + ": " + attribute + " is not a path: "
                    + e.getReason() + ", got '" + value + "'");
        }
    }
}
