package org.kissdetect.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;

import org.kissdetect.nle.sdk.project.UndoableChange;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Switches the plugin to another model as one undoable step: the model preference ({@value EditorPreferences#MODEL_PID})
 * names the new model directory; undo names the previous one again (blank: the demo model). Both models stay on
 * disk. Only the model directory is changed; the page's other settings stay as they are.
 */
final class ModelSwitch implements UndoableChange {

    static final String KEY = "modelDirectory";

    private final ConfigurationAdmin configurations;
    private final String previous;
    private final String next;
    private final String label;

    private ModelSwitch(ConfigurationAdmin configurations, String previous, String next, String label) {
        this.configurations = configurations;
        this.previous = previous;
        this.next = next;
        this.label = label;
    }

    /** A switch from whatever model the preference names now to {@code model}. */
    static ModelSwitch to(ConfigurationAdmin configurations, Path model, String modelName) throws IOException {
        Dictionary<String, Object> now = configuration(configurations).getProperties();
        Object current = now == null ? null : now.get(KEY);
        return new ModelSwitch(configurations, current == null ? "" : current.toString(), model.toString(),
                "Use model " + modelName);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() throws IOException {
        write(next);
    }

    @Override
    public void revert() throws IOException {
        write(previous);
    }

    private void write(String directory) throws IOException {
        Configuration configuration = configuration(configurations);
        Dictionary<String, Object> properties = ConfigurationProperties.copy(configuration.getProperties());
        properties.put(KEY, directory);
        configuration.update(properties);
    }

    private static Configuration configuration(ConfigurationAdmin configurations) throws IOException {
        return configurations.getConfiguration(EditorPreferences.MODEL_PID, "?");
    }
}
