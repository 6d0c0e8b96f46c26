package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.Scene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A scene that runs to the last whole second of a 120.0 s film at an NTSC rate ends where the film does, in every
 * format: the film has floor(120 x rate) frames (3596 at 29.97, 2877 at 23.976), fewer than second 120's first
 * frame (3597, 2878). The scene 100-119 s starts on frame 2998 (29.97) or 2398 (23.976).
 */
class MovieEndMarkersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MarkerDocument film(double frameRate) {
        return new MarkerDocument(new MovieInfo(Path.of("/films/ntsc.mov"), 120.0, frameRate, 1920, 1080, true),
                List.of(new Scene(10, 24, 0.9), new Scene(100, 119, 0.8)), "demo-1",
                new MarkerStyle("Kissing scene", "red", false));
    }

    @ParameterizedTest(name = "{0} fps")
    @CsvSource({"29.97, 30000, 3596, 2998, 119.986, 00:01:59:26, 00:01:59.986",
        "23.976, 24000, 2877, 2398, 119.994, 00:01:59:21, 00:01:59.994"})
    void theLastSceneEndsWithTheFilmInEveryFormat(double fps, long numerator, long frames, long start,
            double endSeconds, String endTimecode, String vttEnd) throws Exception {
        MarkerDocument film = film(numerator / 1001.0);
        long length = frames - start;

        JsonNode json = JSON.readTree(Documents.written(new JsonMarkerWriter(), film)).at("/scenes/1");
        assertThat(json.get("end").asDouble()).isEqualTo(endSeconds);
        assertThat(json.get("endTimecode").asText()).isEqualTo(endTimecode);
        assertThat(json.get("startFrame").asLong() + json.get("durationFrames").asLong()).isEqualTo(frames);
        assertThat(csvRows(film).get(1).get("end")).isEqualTo(Double.toString(endSeconds));
        assertThat(vttEnds(film)).containsExactly("00:00:25.000", vttEnd);

        XmlAssertions fcpxml = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(), film));
        assertThat(framesOf(fcpxml.value("//asset-clip/marker[2]/@start"), numerator)
                + framesOf(fcpxml.value("//asset-clip/marker[2]/@duration"), numerator))
                .isEqualTo(framesOf(fcpxml.value("//asset-clip/@duration"), numerator)).isEqualTo(frames);
        JsonNode otio = JSON.readTree(Documents.written(new OtioMarkerWriter(), film)).at("/tracks/children/0/children/0");
        assertThat(otio.at("/markers/1/marked_range/start_time/value").asLong()
                + otio.at("/markers/1/marked_range/duration/value").asLong()).isEqualTo(frames);
        assertThat(XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), film))
                .value("/xmeml/sequence/marker[2]/out")).isEqualTo(Long.toString(frames));

        assertThat(Documents.written(new ResolveEdlMarkerWriter(), film)).endsWith("|D:" + length + "\n\n");
        assertThat(Documents.written(new AvidMarkerWriter(), film).split("\n")[1]).endsWith("\t" + length);
        assertThat(XmlAssertions.parse(Documents.written(new ShotcutMarkerWriter(), film))
                .value("//properties[@name='shotcut:markers']/properties[2]/property[@name='end']"))
                .as("Shotcut's last marked frame").isEqualTo(Long.toString(frames - 1));
        JsonNode guides = JSON.readTree(XmlAssertions.parse(Documents.written(new KdenliveMarkerWriter(), film))
                .value("//playlist[@id='main_bin']/property[@name='kdenlive:docproperties.guides']"));
        assertThat(guides.get(3).get("pos").asLong()).as("Kdenlive's end guide").isEqualTo(frames);
    }

    @ParameterizedTest(name = "{0} fps")
    @CsvSource({"25, 3000", "24, 2880"})
    void atWholeRatesSecond120IsTheFilmsEndAlready(int fps, long frames) throws Exception {
        JsonNode json = JSON.readTree(Documents.written(new JsonMarkerWriter(), film(fps))).at("/scenes/1");

        assertThat(json.get("end").isInt()).isTrue();
        assertThat(json.get("end").asInt()).isEqualTo(120);
        assertThat(json.get("startFrame").asLong() + json.get("durationFrames").asLong()).isEqualTo(frames);
    }

    private static List<Map<String, String>> csvRows(MarkerDocument film) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Documents.written(new CsvMarkerWriter(), film))) {
            return rows.readAll();
        }
    }

    private static List<String> vttEnds(MarkerDocument film) throws Exception {
        Matcher cues = Pattern.compile(" --> (\\S+)").matcher(Documents.written(new WebVttMarkerWriter(), film));
        return cues.results().map(cue -> cue.group(1)).toList();
    }

    /** An FCPXML time ({@code 299299/15000s}, {@code 5s}) in frames of numerator/1001 fps, which it must be whole. */
    private static long framesOf(String time, long numerator) {
        String[] parts = time.substring(0, time.length() - 1).split("/");
        long top = Long.parseLong(parts[0]) * numerator;
        long bottom = (parts.length == 1 ? 1 : Long.parseLong(parts[1])) * 1001;
        assertThat(top % bottom).as("%s on the frame grid", time).isZero();
        return top / bottom;
    }
}
