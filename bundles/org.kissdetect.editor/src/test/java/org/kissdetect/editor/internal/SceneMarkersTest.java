package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.nle.sdk.project.TimeRange;

/** The plugin's markers span a scene as the marker files do: on its seconds, or on shot cuts less than a second off. */
class SceneMarkersTest {

    private final DetectionSettings settings = Fixtures.preferencesWith(Fixtures.configuration());

    @Test
    void aScenesMarkerEndsWhereItsLastSecondEnds() {
        Detection detection = Fixtures.detection(new Scene(5, 14, 0.9));

        assertThat(SceneMarkers.markers(Fixtures.MOVIE, detection, settings).get(0).range())
                .isEqualTo(new TimeRange(5, 15));
    }

    @Test
    void itsEdgesMoveToTheShotCutsTheDecodingFound() {
        Detection plain = Fixtures.detection(new Scene(5, 14, 0.9));
        Detection cut = new Detection(plain.movie().withShotCuts(List.of(4.8, 15.24)), plain.model(),
                plain.probabilities(), plain.parameters(), plain.scenes(), plain.scoresFile(), false);

        assertThat(SceneMarkers.markers(Fixtures.MOVIE, cut, settings).get(0).range())
                .isEqualTo(new TimeRange(4.8, 15.24));
    }
}
