package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Every format parsed back with a real reader. The document is a 29.97 fps movie with scenes 10-24 s and
 * 61-89 s: they start on frames 300 and 1829 and last 450 and 869 frames.
 */
class MarkerWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MarkerDocument document = Documents.ntsc();

    @Test
    void jsonHasSecondsTimecodesConfidenceAndTheModel() throws Exception {
        JsonNode json = JSON.readTree(Documents.written(new JsonMarkerWriter(), document));

        assertThat(json.get("model").asText()).isEqualTo("demo-1");
        assertThat(json.get("frameRate").asText()).isEqualTo("30000/1001");
        JsonNode first = json.get("scenes").get(0);
        assertThat(first.get("start").asInt()).isEqualTo(10);
        assertThat(first.get("end").asInt()).as("exclusive: the scene's seconds are 10-24").isEqualTo(25);
        assertThat(first.get("startTimecode").asText()).isEqualTo("00:00:10;00");
        assertThat(first.get("endTimecode").asText()).isEqualTo("00:00:25;00");
        assertThat(first.get("confidence").asDouble()).isEqualTo(0.93);
        assertThat(json.get("scenes").get(1).get("startTimecode").asText()).isEqualTo("00:01:01;01");
    }

    @Test
    void csvHasAHeaderAndOneRowAScene() throws Exception {
        String csv = Documents.written(new CsvMarkerWriter(), document);

        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(2);
            assertThat(all.get(0)).containsEntry("name", "Kissing scene 1").containsEntry("start", "10")
                    .containsEntry("end", "25").containsEntry("endTimecode", "00:00:25;00")
                    .containsEntry("startTimecode", "00:00:10;00").containsEntry("movie", "/films/A Film & Co <1>.mp4");
            assertThat(all.get(1)).containsEntry("confidence", "0.815");
        }
    }

    @Test
    void otioPutsMarkersOnTheMoviesClip() throws Exception {
        JsonNode timeline = JSON.readTree(Documents.written(new OtioMarkerWriter(), document));

        assertThat(timeline.get("OTIO_SCHEMA").asText()).isEqualTo("Timeline.1");
        JsonNode track = timeline.get("tracks").get("children").get(0);
        assertThat(track.get("OTIO_SCHEMA").asText()).isEqualTo("Track.1");
        assertThat(track.get("kind").asText()).isEqualTo("Video");
        JsonNode clip = track.get("children").get(0);
        assertThat(clip.get("OTIO_SCHEMA").asText()).as("what OTIO 0.14 reads, and 0.15+ upgrade").isEqualTo("Clip.1");
        assertThat(clip.at("/media_reference/target_url").asText())
                .isEqualTo(Path.of("/films/A Film & Co <1>.mp4").toUri().toString());
        assertThat(clip.at("/source_range/duration/value").asDouble()).isEqualTo(3596);
        JsonNode marker = clip.get("markers").get(0);
        assertThat(marker.get("OTIO_SCHEMA").asText()).isEqualTo("Marker.2");
        assertThat(marker.get("name").asText()).isEqualTo("Kissing scene 1");
        assertThat(marker.get("color").asText()).isEqualTo("RED");
        assertThat(marker.get("comment").asText()).contains("confidence 0.93");
        assertThat(marker.at("/marked_range/start_time/value").asDouble()).isEqualTo(300);
        assertThat(marker.at("/marked_range/start_time/rate").asDouble()).isEqualTo(30000.0 / 1001);
        assertThat(marker.at("/marked_range/duration/value").asDouble()).isEqualTo(450);
        assertThat(marker.at("/metadata/kissdetect/confidence").asDouble()).isEqualTo(0.93);
    }

    @Test
    void fcpxmlMarkersSitOnTheAssetClipOnTheFrameGrid() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(), document));

        assertThat(xml.value("/fcpxml/@version")).isEqualTo("1.10");
        assertThat(xml.value("//format/@frameDuration")).isEqualTo("1001/30000s");
        assertThat(xml.value("//asset/media-rep/@src")).startsWith("file:///films/A%20Film%20&%20Co%20%3C1%3E.mp4");
        assertThat(xml.count("//spine/asset-clip[@ref='r2']/marker")).isEqualTo(2);
        assertThat(xml.value("//asset-clip/marker[1]/@start")).isEqualTo("1001/100s"); // frame 300
        assertThat(xml.value("//asset-clip/marker[1]/@duration")).isEqualTo("3003/200s"); // 450 frames
        assertThat(xml.value("//asset-clip/marker[2]/@value")).isEqualTo("Kissing scene 2");
        assertThat(xml.value("//sequence/@tcFormat")).isEqualTo("DF");
    }

    @Test
    void xmemlHasSequenceMarkersInFrames() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), document));

        assertThat(xml.value("/xmeml/sequence/rate/timebase")).isEqualTo("30");
        assertThat(xml.value("/xmeml/sequence/rate/ntsc")).isEqualTo("TRUE");
        assertThat(xml.count("/xmeml/sequence/marker")).isEqualTo(2);
        assertThat(xml.value("/xmeml/sequence/marker[1]/in")).isEqualTo("300");
        assertThat(xml.value("/xmeml/sequence/marker[1]/out")).isEqualTo("750");
        assertThat(xml.value("/xmeml/sequence/marker[2]/name")).isEqualTo("Kissing scene 2");
        assertThat(xml.value("//clipitem/file/pathurl")).endsWith(".mp4");
    }

    @Test
    void resolveEdlHasOneEventAMarkerOnAnHourTimeline() throws Exception {
        String edl = Documents.written(new ResolveEdlMarkerWriter(), document);

        assertThat(edl).startsWith("TITLE: A Film & Co <1>.mp4 - Kissing scene\nFCM: DROP FRAME\n");
        Matcher events = Pattern.compile("(?m)^(\\d{3})  001      V     C        (\\S+) (\\S+) (\\S+) (\\S+)  \\n"
                + " \\|C:(ResolveColor\\w+) \\|M:([^|]+) \\|D:(\\d+)$").matcher(edl);
        assertThat(events.find()).isTrue();
        assertThat(events.group(2)).isEqualTo("01:00:10;00");
        assertThat(events.group(3)).isEqualTo("01:00:10;01");
        assertThat(events.group(6)).isEqualTo("ResolveColorRed");
        assertThat(events.group(7)).isEqualTo("Kissing scene 1");
        assertThat(events.group(8)).isEqualTo("450");
        assertThat(events.find()).isTrue();
        assertThat(events.group(2)).isEqualTo("01:01:01;01");
        assertThat(events.find()).isFalse();
    }

    @Test
    void avidTextHasSixTabSeparatedColumns() throws Exception {
        String[] lines = Documents.written(new AvidMarkerWriter(), document).split("\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[0].split("\t")).containsExactly("KissDetector", "01:00:10;00", "V1", "red",
                "Kissing scene 1: kissing 10-25 s, confidence 0.93, model demo-1", "450");
    }

    @Test
    void webVttFollowsTheCueSyntax() throws Exception {
        String vtt = Documents.written(new WebVttMarkerWriter(), document);

        assertThat(vtt).startsWith("WEBVTT\n\n");
        Matcher cues = Pattern.compile("\\n\\n(\\d+)\\n(\\d{2}:\\d{2}:\\d{2}\\.\\d{3}) --> (\\d{2}:\\d{2}:\\d{2}\\.\\d{3})\\n([^\\n]+)")
                .matcher(vtt);
        assertThat(cues.find()).isTrue();
        assertThat(cues.group(2)).isEqualTo("00:00:10.000");
        assertThat(cues.group(3)).isEqualTo("00:00:25.000");
        assertThat(cues.find()).isTrue();
        assertThat(cues.group(4)).isEqualTo("Kissing scene 2");
    }

    @Test
    void shotcutMarkersAreRangesOnTheMainTractor() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new ShotcutMarkerWriter(), document));

        assertThat(xml.value("//tractor/property[@name='shotcut']")).isEqualTo("1");
        assertThat(xml.value("//profile/@frame_rate_num")).isEqualTo("30000");
        String marker = "//tractor/properties[@name='shotcut:markers']/properties[@name='0']";
        assertThat(xml.value(marker + "/property[@name='text']")).isEqualTo("Kissing scene 1");
        assertThat(xml.value(marker + "/property[@name='start']")).isEqualTo("300");
        assertThat(xml.value(marker + "/property[@name='end']")).isEqualTo("749");
        assertThat(xml.value(marker + "/property[@name='color']")).isEqualTo("#e53935");
        assertThat(xml.value("//producer[@id='producer0']/property[@name='resource']")).isEqualTo("/films/A Film & Co <1>.mp4");
    }

    @Test
    void kdenliveGuidesMarkEachScenesStartAndEnd() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new KdenliveMarkerWriter(), document));

        JsonNode guides = JSON.readTree(xml.value("//playlist[@id='main_bin']/property[@name='kdenlive:docproperties.guides']"));
        assertThat(guides).hasSize(4);
        assertThat(guides.get(0).get("pos").asLong()).isEqualTo(300);
        assertThat(guides.get(1).get("pos").asLong()).isEqualTo(750);
        assertThat(guides.get(0).get("comment").asText()).as("short, so it ends before the next guide")
                .isEqualTo("Kissing scene 1 (15 s)");
        assertThat(guides.get(1).get("comment").asText()).as("the end closes the range").isEqualTo("end");
        assertThat(guides.get(2).get("comment").asText()).isEqualTo("Kissing scene 2 (29 s)");
        JsonNode categories = JSON.readTree(
                xml.value("//playlist[@id='main_bin']/property[@name='kdenlive:docproperties.guidesCategories']"));
        assertThat(categories.get(0).get("color").asText()).isEqualTo("#e53935");
        assertThat(xml.value("//producer[@id='producer0']/property[@name='length']")).isEqualTo("3596");
    }

    @Test
    void everyWriterHandlesAFilmWithoutScenes() throws Exception {
        MarkerDocument empty = new MarkerDocument(document.movie(), List.of(), "demo-1", document.style());
        for (MarkerWriter writer : Documents.all()) {
            String written = Documents.written(writer, empty);
            if (writer.format().equals("avid")) {
                assertThat(written).as("an Avid marker list without markers").isEmpty();
            } else {
                assertThat(written).as(writer.format()).isNotBlank().doesNotContain("Kissing scene 1");
            }
        }
    }

    @Test
    void nonDropFrameAt25FpsHasNoSemicolons() throws Exception {
        MarkerDocument pal = Documents.movie(Path.of("/films/pal.mkv"), 25, true);

        assertThat(Documents.written(new ResolveEdlMarkerWriter(), pal)).contains("FCM: NON-DROP FRAME")
                .contains("01:00:10:00").doesNotContain(";");
    }
}
