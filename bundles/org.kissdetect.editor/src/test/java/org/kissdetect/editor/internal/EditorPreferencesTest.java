package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.segment.SegmentationParameters;

class EditorPreferencesTest {

    private final PreferenceValues configuration = Fixtures.configuration();

    @Test
    void thePagesValuesAndTheSegmentersParametersMakeTheSettings() {
        DetectionSettings settings = Fixtures.preferences(configuration).settings();

        assertThat(settings.parameters()).isEqualTo(new SegmentationParameters(10, 0.7, 0.5));
        assertThat(settings.autoDetect()).isTrue();
        assertThat(settings.markerName()).isEqualTo("Kiss");
        assertThat(settings.markerColour()).isEqualTo("#e53935");
        assertThat(settings.modelDirectory()).isEqualTo(Path.of("/models/kiss"));
    }

    @Test
    void theSegmentationIsTheSegmentersNotADeclarationOfItsOwn() {
        when(configuration.minSeconds()).thenReturn(4);
        when(configuration.threshold()).thenReturn(0.8);

        assertThat(Fixtures.preferences(configuration).settings().parameters())
                .isEqualTo(new SegmentationParameters(4, 0.7, 0.8));
        assertThat(DetectionPreferences.class.getDeclaredMethods()).extracting(m -> m.getName())
                .doesNotContain("minSeconds", "minFraction", "threshold");
    }

    @Test
    void theMarkerNameDefaultIsTheOneEveryFrontEndOffers() throws Exception {
        assertThat(MarkerPreferences.class.getDeclaredMethod("markerName").getDefaultValue())
                .isEqualTo(MarkerStyle.DEFAULT_NAME).isEqualTo("Kissing scene");
    }

    @Test
    void anImpossibleValueIsRefusedNamingThePidTheAttributeAndTheValue() {
        when(configuration.markerColour()).thenReturn("mauve");
        assertThatThrownBy(() -> Fixtures.preferences(configuration))
                .hasMessage("invalid configuration org.kissdetect.editor.markers: markerColour must be one of red,"
                        + " orange, yellow, green, cyan, blue, purple, pink, white, got 'mauve'");
    }

    @Test
    void everyAttributeIsChecked() {
        when(configuration.markerName()).thenReturn("  ");
        assertThatThrownBy(() -> Fixtures.preferences(configuration)).hasMessageContaining("markerName")
                .hasMessageContaining("org.kissdetect.editor.markers");
        when(configuration.markerName()).thenReturn("Kiss");
        when(configuration.modelDirectory()).thenReturn("models/\u0000kiss");
        assertThatThrownBy(() -> Fixtures.preferences(configuration)).hasMessageContaining("modelDirectory")
                .hasMessageContaining("org.kissdetect.editor.model").hasMessageContaining("is not a path");
    }

    @Test
    void aBlankModelDirectoryMeansTheDemoModel() {
        PreferenceValues configuration = Fixtures.configuration();
        when(configuration.modelDirectory()).thenReturn("  ");

        DetectionSettings settings = Fixtures.preferences(configuration).settings();

        assertThat(settings.model()).isEqualTo(ModelReference.demo());
        assertThat(Fixtures.preferences().settings().model()).isEqualTo(ModelReference.directory(Path.of("/models/kiss")));
    }
}
