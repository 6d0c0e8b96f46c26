package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Markers of a camera original whose timecode starts at 14:23:10:05 (25 fps), parsed back: the first scene (10-24 s)
 * starts on frame 250 of the file, which is 14:23:20:05 in the media's timecode; timecode frame 1,294,755 + 250.
 */
class MediaTimecodeMarkersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StartTimecode START = new StartTimecode(14, 23, 10, 5, 25, false);
    private static final long ORIGIN = ((14 * 60 + 23) * 60 + 10) * 25L + 5;
    private final MarkerDocument camera = new MarkerDocument(new MovieInfo(Path.of("/media/A001C003.mov"), 120, 25,
            1920, 1080, true, START), Documents.SCENES, "demo-1", new MarkerStyle("Kissing scene", "red", true));

    @Test
    void fcpxmlAssetAndClipStartAtTheMediaTimecodeAndMarkersCountInIt() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(), camera));

        assertThat(xml.value("//asset/@start")).isEqualTo(fcpxmlTime(ORIGIN));
        assertThat(xml.value("//asset-clip/@start")).isEqualTo(fcpxmlTime(ORIGIN));
        assertThat(xml.value("//asset-clip/marker[1]/@start")).isEqualTo(fcpxmlTime(ORIGIN + 250));
        assertThat(xml.value("//asset-clip/@offset")).isEqualTo("0s");
        assertThat(xml.value("//sequence/@tcFormat")).as("25 fps has no drop-frame").isEqualTo("NDF");
    }

    /** FCPXML's time of a frame at 25 fps: frames/25 s in lowest terms. */
    private static String fcpxmlTime(long frames) {
        long gcd = BigInteger.valueOf(frames).gcd(BigInteger.valueOf(25)).longValueExact();
        return frames / gcd + (gcd == 25 ? "" : "/" + 25 / gcd) + "s";
    }

    @Test
    void otioAvailableAndSourceRangesAndMarkersCountInMediaTime() throws Exception {
        JsonNode clip = JSON.readTree(Documents.written(new OtioMarkerWriter(), camera))
                .at("/tracks/children/0/children/0");

        assertThat(clip.at("/media_reference/available_range/start_time/value").asLong())
                .isEqualTo(ORIGIN);
        assertThat(clip.at("/source_range/start_time/value").asLong()).isEqualTo(ORIGIN);
        assertThat(clip.at("/markers/0/marked_range/start_time/value").asLong()).isEqualTo(ORIGIN + 250);
    }

    @Test
    void xmemlFileAndSequenceCarryTheMediaTimecodeAndMarkersStayInFrames() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new XmemlMarkerWriter(), camera));

        assertThat(xml.value("//clipitem/file/timecode/string")).isEqualTo("14:23:10:05");
        assertThat(xml.value("//clipitem/file/timecode/frame")).isEqualTo(Long.toString(ORIGIN));
        assertThat(xml.value("/xmeml/sequence/timecode/string")).isEqualTo("14:23:10:05");
        assertThat(xml.value("/xmeml/sequence/marker[1]/in")).isEqualTo("250");
    }

    @Test
    void csvAndJsonTimecodesAreTheMedias() throws Exception {
        JsonNode json = JSON.readTree(Documents.written(new JsonMarkerWriter(), camera));
        assertThat(json.get("startTimecode").asText()).isEqualTo("14:23:10:05");
        assertThat(json.at("/scenes/0/startTimecode").asText()).isEqualTo("14:23:20:05");
        assertThat(json.at("/scenes/0/startFrame").asLong()).as("frames count from the file's first").isEqualTo(250);

        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(new StringReader(Documents.written(new CsvMarkerWriter(), camera)))) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all.get(0).get("startTimecode")).isEqualTo("14:23:20:05");
            assertThat(all.get(1).get("endTimecode")).isEqualTo("14:24:40:05");
        }
    }

    @Test
    void resolveEdlAndAvidMarkersSitOnTheMediasTimecodeInsteadOfOneHour() throws Exception {
        String edl = Documents.written(new ResolveEdlMarkerWriter(), camera);
        String[] avid = Documents.written(new AvidMarkerWriter(), camera).split("\n");

        assertThat(edl).contains("001  001      V     C        14:23:20:05 14:23:20:06 14:23:20:05 14:23:20:06")
                .contains("FCM: NON-DROP FRAME");
        assertThat(avid[0].split("\t")[1]).isEqualTo("14:23:20:05");
        assertThat(Documents.written(new ResolveEdlMarkerWriter(), Documents.ntsc())).as("without one, as before")
                .contains(" 01:00:10;00 ");
    }

    @Test
    void aDropFrameSourceIsLabelledDropFrameWhateverTheStyleAndADayWraps() throws Exception {
        MovieInfo ntsc = new MovieInfo(Path.of("/media/ntsc.mov"), 120, 30000.0 / 1001, 720, 480, true,
                new StartTimecode(23, 59, 50, 0, 30, true));
        JsonNode json = JSON.readTree(Documents.written(new JsonMarkerWriter(), new MarkerDocument(ntsc,
                Documents.SCENES, "demo-1", new MarkerStyle("Kissing scene", "red", false))));

        assertThat(json.get("startTimecode").asText()).isEqualTo("23:59:50;00");
        assertThat(json.at("/scenes/0/startTimecode").asText()).as("frame 300 after 23:59:50;00")
                .isEqualTo("00:00:00;00");
    }

    @Test
    void shotcutAndKdenliveMarkersSitOnTheClipsFramesAndNameTheMediaTimecode() throws Exception {
        XmlAssertions shotcut = XmlAssertions.parse(Documents.written(new ShotcutMarkerWriter(), camera));
        XmlAssertions kdenlive = XmlAssertions.parse(Documents.written(new KdenliveMarkerWriter(), camera));
        JsonNode guides = JSON.readTree(kdenlive.value(
                "//playlist[@id='main_bin']/property[@name='kdenlive:docproperties.guides']"));

        assertThat(shotcut.value("//properties[@name='shotcut:markers']/properties[1]/property[@name='start']"))
                .as("their timelines have no source timecode: the clip sits at frame 0").isEqualTo("250");
        assertThat(shotcut.value("//properties[@name='shotcut:markers']/properties[1]/property[@name='text']"))
                .isEqualTo("Kissing scene 1 [14:23:20:05 - 14:23:35:04]");
        assertThat(guides.get(0).get("pos").asLong()).isEqualTo(250);
        assertThat(guides.get(0).get("comment").asText()).isEqualTo("Kissing scene 1 (15 s) [14:23:20:05 - 14:23:35:04]");
    }

    @Test
    void withoutATimecodeMarkersCountFromZeroAsBefore() throws Exception {
        XmlAssertions xml = XmlAssertions.parse(Documents.written(new FcpxmlMarkerWriter(), Documents.ntsc()));

        assertThat(xml.value("//asset/@start")).isEqualTo("0s");
        assertThat(xml.value("//asset-clip/marker[1]/@start")).isEqualTo("1001/100s");
    }
}
