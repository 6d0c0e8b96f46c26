package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.TimeRange;

class ContributedInspectorsTest {

    private final ContributedInspectors inspectors = new ContributedInspectors();
    private final Marker marker = new Marker("k1", "plugin", "Kiss 1", "#e53935", "", new TimeRange(1, 2));

    private static MarkerInspector inspector(String id, boolean inspects) {
        MarkerInspector inspector = mock(MarkerInspector.class);
        when(inspector.id()).thenReturn(id);
        when(inspector.inspects(any())).thenReturn(inspects);
        return inspector;
    }

    @Test
    void theMarkersInspectorIsTheHighestRankedThatInspectsIt() {
        MarkerInspector saliency = inspector("saliency", true);
        MarkerInspector audio = inspector("audio", true);
        MarkerInspector ranked = inspector("ranked", true);
        MarkerInspector unrelated = inspector("zz", false);
        inspectors.addInspector(saliency, Map.of());
        inspectors.addInspector(audio, Map.of());
        inspectors.addInspector(unrelated, Map.of("service.ranking", 100));
        assertThat(inspectors.forMarker(marker)).contains(audio);

        inspectors.addInspector(ranked, Map.of("service.ranking", 5));
        assertThat(inspectors.forMarker(marker)).contains(ranked);

        inspectors.removeInspector(ranked);
        inspectors.removeInspector(audio);
        assertThat(inspectors.forMarker(marker)).contains(saliency);
    }

    @Test
    void anInspectorThatThrowsInspectsNothing() {
        MarkerInspector broken = inspector("broken", true);
        when(broken.inspects(any())).thenThrow(new IllegalStateException("bug"));
        inspectors.addInspector(broken, Map.of());

        assertThat(inspectors.forMarker(marker)).isEmpty();
    }
}
