package org.kissdetect.editor.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Moves the scene settings an earlier version kept in the plugin's own configuration ({@value EditorPreferences#PID}:
 * {@code minSeconds}, {@code minFraction}, {@code threshold}) to their owner, the segmenter's configuration
 * ({@value #SEGMENT_PID}), once: an editor who had changed them keeps them. The moved keys leave the plugin's
 * configuration, so a later start finds nothing to move.
 */
@Component(immediate = true)
public final class LegacySceneSettings {

    static final String SEGMENT_PID = "org.kissdetect.segment";
    static final List<String> MOVED = List.of("minSeconds", "minFraction", "threshold");

    @Activate
    public LegacySceneSettings(@Reference ConfigurationAdmin configurations,
            @Reference(service = LoggerFactory.class) Logger logger) {
        try {
            move(configurations).ifPresent(logger::info);
        } catch (IOException | RuntimeException e) {
            logger.warn("the scene settings of {} could not be moved to {}: {}", EditorPreferences.PID, SEGMENT_PID,
                    e.toString());
        }
    }

    /** @return what was moved, as a sentence, or empty when there was nothing to move */
    static Optional<String> move(ConfigurationAdmin configurations) throws IOException {
        Configuration plugin = configurations.getConfiguration(EditorPreferences.PID, "?");
        Dictionary<String, Object> old = plugin.getProperties();
        if (old == null || MOVED.stream().noneMatch(key -> old.get(key) != null)) {
            return Optional.empty();
        }
        Configuration segment = configurations.getConfiguration(SEGMENT_PID, "?");
        Dictionary<String, Object> scenes = ConfigurationProperties.copy(segment.getProperties());
        Dictionary<String, Object> remaining = ConfigurationProperties.copy(old);
        StringBuilder moved = new StringBuilder();
        for (String key : MOVED) {
            Object value = old.get(key);
            if (value != null) {
                scenes.put(key, value);
                remaining.remove(key);
                moved.append(moved.length() == 0 ? "" : ", ").append(key).append('=').append(value);
            }
        }
        segment.update(scenes);
        plugin.update(remaining);
        return Optional.of("moved the scene settings " + moved + " from " + EditorPreferences.PID + " to "
                + SEGMENT_PID);
    }
}
