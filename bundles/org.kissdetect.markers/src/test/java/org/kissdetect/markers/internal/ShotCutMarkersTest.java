package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.Scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Frame-true edges: a scene of seconds 10-24 in a 25 fps movie whose decoding found shot cuts at 9.8 s and 25.52 s
 * starts and ends on them in every format; a cut a second or more away is not taken; without cuts (or with
 * {@code --no-snap}, which drops them) the seconds' first frames bound it.
 */
class ShotCutMarkersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MarkerStyle STYLE = new MarkerStyle("Kissing scene", "red", false);

    private static MarkerDocument movie(List<Double> cuts) {
        MovieInfo movie = new MovieInfo(Path.of("/films/cut.mp4"), 60, 25, 640, 360, true).withShotCuts(cuts);
        return new MarkerDocument(movie, List.of(new Scene(10, 24, 0.9)), "demo-1", STYLE);
    }

    @Test
    void jsonCsvAndTimecodesStartAndEndOnTheCuts() throws Exception {
        JsonNode scene = JSON.readTree(Documents.written(new JsonMarkerWriter(), movie(List.of(9.8, 25.52, 40.0))))
                .at("/scenes/0");

        assertThat(scene.get("start").asDouble()).isEqualTo(9.8);
        assertThat(scene.get("end").asDouble()).isEqualTo(25.52);
        assertThat(scene.get("startTimecode").asText()).isEqualTo("00:00:09:20");
        assertThat(scene.get("endTimecode").asText()).isEqualTo("00:00:25:13");
        assertThat(Documents.written(new CsvMarkerWriter(), movie(List.of(9.8, 25.52)))).contains(",9.8,25.52,");
    }

    @Test
    void editorsMarkersSitOnTheCutsFrames() throws Exception {
        XmlAssertions shotcut = XmlAssertions.parse(Documents.written(new ShotcutMarkerWriter(),
                movie(List.of(9.8, 25.52))));
        XmlAssertions fcpxml = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(),
                movie(List.of(9.8, 25.52))));

        assertThat(shotcut.value("//properties[@name='shotcut:markers']/properties/property[@name='start']"))
                .isEqualTo("245");
        assertThat(shotcut.value("//properties[@name='shotcut:markers']/properties/property[@name='end']"))
                .as("its last frame, before the cut's").isEqualTo("637");
        assertThat(fcpxml.value("//asset-clip/marker/@start")).isEqualTo("49/5s");
    }

    @Test
    void cutsASecondAwayOrNoneLeaveTheSecondsFirstFrames() throws Exception {
        for (List<Double> cuts : List.of(List.<Double>of(), List.of(9.0, 26.0))) {
            JsonNode scene = JSON.readTree(Documents.written(new JsonMarkerWriter(), movie(cuts))).at("/scenes/0");
            assertThat(scene.get("start").asInt()).isEqualTo(10);
            assertThat(scene.get("end").asInt()).isEqualTo(25);
            assertThat(scene.get("startFrame").asLong()).isEqualTo(250);
        }
    }
}
