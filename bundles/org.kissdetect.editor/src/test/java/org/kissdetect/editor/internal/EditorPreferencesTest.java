package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.segment.SegmentationParameters;

class EditorPreferencesTest {

    private final EditorConfiguration configuration = Fixtures.configuration();

    @Test
    void theDefaultsAreThePapersWithRedKissMarkers() {
        DetectionSettings settings = new EditorPreferences(configuration).settings();

        assertThat(settings.parameters()).isEqualTo(new SegmentationParameters(10, 0.7, 0.5));
        assertThat(settings.autoDetect()).isTrue();
        assertThat(settings.markerName()).isEqualTo("Kiss");
        assertThat(settings.markerColour()).isEqualTo("#e53935");
        assertThat(settings.modelDirectory()).isEqualTo(Path.of("/models/kiss"));
    }

    @Test
    void anImpossibleValueIsRefusedNamingThePidTheAttributeAndTheValue() {
        when(configuration.minFraction()).thenReturn(0.0);
        assertThatThrownBy(() -> new EditorPreferences(configuration))
                .hasMessage("invalid configuration org.kissdetect.editor: minFraction must lie in (0, 1], got 0.0");
    }

    @Test
    void everyAttributeIsChecked() {
        when(configuration.markerColour()).thenReturn("mauve");
        assertThatThrownBy(() -> new EditorPreferences(configuration)).hasMessageContaining("markerColour")
                .hasMessageContaining("got 'mauve'");
        when(configuration.markerColour()).thenReturn("cyan");
        when(configuration.markerName()).thenReturn("  ");
        assertThatThrownBy(() -> new EditorPreferences(configuration)).hasMessageContaining("markerName");
        when(configuration.markerName()).thenReturn("Kiss");
        when(configuration.threshold()).thenReturn(Double.NaN);
        assertThatThrownBy(() -> new EditorPreferences(configuration)).hasMessageContaining("threshold")
                .hasMessageContaining("NaN");
        when(configuration.threshold()).thenReturn(0.5);
        when(configuration.minSeconds()).thenReturn(0);
        assertThatThrownBy(() -> new EditorPreferences(configuration)).hasMessageContaining("minSeconds");
        when(configuration.minSeconds()).thenReturn(1);
        when(configuration.modelDirectory()).thenReturn("models/\u0000kiss");
        assertThatThrownBy(() -> new EditorPreferences(configuration)).hasMessageContaining("modelDirectory")
                .hasMessageContaining("is not a path");
    }

    @Test
    void aBlankModelDirectoryMeansTheDemoModel() {
        EditorConfiguration configuration = Fixtures.configuration();
        when(configuration.modelDirectory()).thenReturn("  ");

        DetectionSettings settings = new EditorPreferences(configuration).settings();

        assertThat(settings.model()).isEqualTo(ModelReference.demo());
        assertThat(Fixtures.preferences().settings().model()).isEqualTo(ModelReference.directory(Path.of("/models/kiss")));
    }
}
