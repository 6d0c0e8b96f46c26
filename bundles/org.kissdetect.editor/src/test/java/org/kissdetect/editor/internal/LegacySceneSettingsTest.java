package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class LegacySceneSettingsTest {

    private final ConfigurationAdmin configurations = mock(ConfigurationAdmin.class);
    private final Configuration plugin = mock(Configuration.class);
    private final Configuration segment = mock(Configuration.class);

    LegacySceneSettingsTest() throws Exception {
        when(configurations.getConfiguration(EditorPreferences.PID, "?")).thenReturn(plugin);
        when(configurations.getConfiguration(LegacySceneSettings.SEGMENT_PID, "?")).thenReturn(segment);
    }

    @Test
    void scenesSettingsOfAnEarlierVersionMoveToTheSegmenterAndLeaveThePlugin() throws Exception {
        when(plugin.getProperties()).thenReturn(new Hashtable<>(Map.of("minSeconds", 4, "threshold", 0.8,
                "markerName", "Kiss")));
        when(segment.getProperties()).thenReturn(new Hashtable<>(Map.of("minSeconds", 10, "minFraction", 0.7,
                "threshold", 0.5)));

        assertThat(LegacySceneSettings.move(configurations)).hasValueSatisfying(text -> assertThat(text)
                .contains("minSeconds=4").contains("threshold=0.8"));

        assertThat(updated(segment)).containsExactlyInAnyOrderEntriesOf(Map.of("minSeconds", 4, "minFraction", 0.7,
                "threshold", 0.8));
        assertThat(updated(plugin)).containsExactlyEntriesOf(Map.of("markerName", "Kiss"));
    }

    @Test
    void aPluginConfigurationWithoutSceneSettingsChangesNothing() throws Exception {
        when(plugin.getProperties()).thenReturn(new Hashtable<>(Map.of("autoDetect", false)));

        assertThat(LegacySceneSettings.move(configurations)).isEmpty();

        verify(segment, never()).update(any());
        verify(plugin, never()).update(any());
    }

    @Test
    void noPluginConfigurationAtAllChangesNothing() throws Exception {
        assertThat(LegacySceneSettings.move(configurations)).isEmpty();

        verify(segment, never()).update(any());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> updated(Configuration configuration) throws Exception {
        ArgumentCaptor<Dictionary<String, ?>> captor = ArgumentCaptor.forClass(Dictionary.class);
        verify(configuration).update(captor.capture());
        Map<String, Object> values = new java.util.HashMap<>();
        Dictionary<String, ?> dictionary = captor.getValue();
        for (var keys = dictionary.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            values.put(key, dictionary.get(key));
        }
        return values;
    }
}
