package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.api.segment.Scene;

/**
 * An OTIO 0.17 timeline as DaVinci Resolve exports it (Clip.2 with media references, b.mov's media range at its
 * 10:00:00:00 timecode, a dissolve, a sound track, a timeline marker and clip markers of the user's: a director's
 * note, a kiss labelled on clip 1 and a near miss on clip 3) read and annotated; and the corners of OTIO a
 * hand-written timeline reaches (time warps, a nested stack, Clip.1).
 */
class OtioProjectTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Where the fixture's three clips are in the video track's children, where they start, and their source in. */
    private static final int[] CLIP_ITEMS = {0, 2, 4};
    private static final double[] CLIP_STARTS = {0, 50, 90};
    private static final long[] SOURCE_STARTS = {125, 1500, 900625};

    @TempDir
    Path folder;

    @Test
    void theVideoTracksClipsAreReadInSecondsFromTheirMediasFirstFrame() throws Exception {
        EditorProject project = new OtioProjectFormat().read(ProjectFixture.project(folder, "timeline.otio"));

        List<ProjectClip> clips = project.clips();
        assertThat(clips).as("the sound track's clip is left out").hasSize(3);
        assertThat(clips.get(0).media()).isEqualTo(ProjectFixture.filmA(folder));
        assertThat(clips.get(0).sourceIn()).isCloseTo(5, within(1e-9));
        assertThat(clips.get(0).sourceOut()).isCloseTo(35, within(1e-9));
        assertThat(clips.get(0).timelineStart()).isCloseTo(0, within(1e-9));
        assertThat(clips.get(1).sourceIn()).isCloseTo(60, within(1e-9));
        assertThat(clips.get(1).timelineStart()).as("after the gap").isCloseTo(50, within(1e-9));
        assertThat(clips.get(2).media()).isEqualTo(ProjectFixture.filmB(folder));
        assertThat(clips.get(2).sourceIn()).as("counted from the media's range at 10:00:00:00")
                .isCloseTo(25, within(1e-9));
        assertThat(clips.get(2).sourceOut()).isCloseTo(55, within(1e-9));
        assertThat(clips.get(2).timelineStart()).as("the dissolve takes no time").isCloseTo(90, within(1e-9));
        assertThat(clips).allSatisfy(clip -> assertThat(clip.speed()).isEqualTo(1));
        assertThat(clips.get(2).id()).contains("Video 1").contains("item 5");
        assertThat(project.format()).isEqualTo("otio");
    }

    @Test
    void theClipsMarkersAreReadInTheirMediasTimeAndTheStacksOnTheTimeline() throws Exception {
        List<ProjectMarker> markers = new OtioProjectFormat().read(ProjectFixture.project(folder, "timeline.otio"))
                .markers();

        assertThat(markers).as("in the tree's order").extracting(ProjectMarker::name).containsExactly("Reel 2",
                "Director's note", "kissing", "not kissing");
        ProjectMarker reel = markers.get(0);
        assertThat(reel.clip()).as("the stack's marker is the timeline's").isNull();
        assertSpan(reel, 90, 90 + 1 / 25.0);
        assertThat(reel.colour()).isEqualTo("BLUE");
        assertThat(reel.note()).as("neither comment nor note").isEmpty();
        assertMarker(markers.get(1), ProjectFixture.filmA(folder), 0, 7, 7 + 1 / 25.0);
        assertThat(markers.get(1).note()).isEqualTo("check the focus pull");
        assertThat(markers.get(1).colour()).isEqualTo("GREEN");
        assertMarker(markers.get(2), ProjectFixture.filmA(folder), 0, 10, 24);
        assertThat(markers.get(2).note()).isEqualTo("on the balcony, from the first touch");
        assertThat(markers.get(2).colour()).isEqualTo("PINK");
        assertMarker(markers.get(3), ProjectFixture.filmB(folder), 90, 40, 50);
        assertThat(markers.get(3).note()).isEqualTo("close, but they only whisper");
        assertThat(markers.get(3).colour()).isEqualTo("CYAN");
    }

    @Test
    void scenesAreMarkedOnTheirClipsInTheClipsOwnTimeAndNothingElseChanges() throws Exception {
        Path file = ProjectFixture.project(folder, "timeline.otio");
        EditorProject project = new OtioProjectFormat().read(file);

        String written = ProjectFixture.annotated(project, ProjectFixture.scenes(folder));
        JsonNode annotated = JSON.readTree(written);

        JsonNode items = videoTrack(annotated).get("children");
        List<double[]> shown = new ArrayList<>();
        for (int i = 0; i < CLIP_ITEMS.length; i++) {
            for (JsonNode marker : ours(items.get(CLIP_ITEMS[i]))) {
                JsonNode range = marker.get("marked_range");
                assertThat(range.at("/start_time/rate").decimalValue()).isEqualByComparingTo("25");
                double start = range.at("/start_time/value").asDouble();
                double duration = range.at("/duration/value").asDouble();
                double timeline = CLIP_STARTS[i] + (start - SOURCE_STARTS[i]) / 25.0;
                shown.add(new double[] {timeline, timeline + duration / 25.0});
                assertThat(marker.get("color").asText()).isEqualTo("RED");
                assertThat(marker.get("comment").asText()).contains("(Kiss Detector)");
                assertThat(marker.at("/metadata/kissdetect/note").asText()).isEqualTo(marker.get("comment").asText());
            }
        }
        assertThat(shown).hasSize(3);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i)[0]).isCloseTo(ProjectFixture.TIMELINE_SCENES[i][0], within(1 / 25.0));
            assertThat(shown.get(i)[1]).isCloseTo(ProjectFixture.TIMELINE_SCENES[i][1], within(1 / 25.0));
        }
        assertThat(ours(items.get(0)).get(0).get("name").asText()).isEqualTo("Kissing scene 1");
        assertThat(ours(items.get(4)).get(0).at("/marked_range/start_time/value").asDouble())
                .as("b.mov's scene at 30 s, in its timecode's frames").isEqualTo(900_750);
        assertThat(items.at("/0/markers/0/name").asText()).isEqualTo("Director's note");
        assertThat(items.at("/0/markers/1/name").asText()).isEqualTo("kissing");
        assertThat(items.at("/4/markers/0/name").asText()).isEqualTo("not kissing");

        JsonNode original = JSON.readTree(file.toFile());
        assertThat(withoutOurs(annotated)).isEqualTo(original);
        assertThat(written).contains("\"rate\": 25.0,").contains("\"value\": 900625.0");
        assertThat(ProjectFixture.annotated(project, ProjectFixture.scenes(folder)))
                .as("the project read is left as it was").isEqualTo(written);
    }

    @Test
    void annotatingAgainReplacesTheMarkersItAddedBefore() throws Exception {
        Path file = ProjectFixture.project(folder, "timeline.otio");
        Path once = folder.resolve("once.otio");
        Files.writeString(once,
                ProjectFixture.annotated(new OtioProjectFormat().read(file), ProjectFixture.scenes(folder)));

        JsonNode twice = JSON.readTree(ProjectFixture.annotated(new OtioProjectFormat().read(once),
                ProjectFixture.scenes(folder)));

        JsonNode items = videoTrack(twice).get("children");
        assertThat(ours(items.get(0))).hasSize(1);
        assertThat(items.at("/0/markers")).as("the user's two markers and ours").hasSize(3);
        assertThat(ours(items.get(2))).hasSize(1);
        assertThat(ours(items.get(4))).hasSize(1);
        assertThat(withoutOurs(twice)).isEqualTo(JSON.readTree(file.toFile()));
        List<ProjectMarker> markers = new OtioProjectFormat().read(once).markers();
        assertThat(markers).filteredOn(marker -> !ClipScene.signed(marker.note())).extracting(ProjectMarker::name)
                .containsExactly("Reel 2", "Director's note", "kissing", "not kissing");
        assertThat(markers).filteredOn(marker -> ClipScene.signed(marker.note())).extracting(ProjectMarker::name)
                .containsExactly("Kissing scene 1", "Kissing scene 2", "Kissing scene 1");
    }

    @Test
    void timeWarpsNestedStacksAndClipOneAreReadAsOtioDefinesThem() throws Exception {
        EditorProject project = new OtioProjectFormat().read(write("corners.otio", corners()));

        List<ProjectClip> clips = project.clips();
        assertThat(clips).extracting(clip -> clip.media().getFileName().toString())
                .as("no disabled, frozen, hidden-track or sound clip")
                .containsExactly("My Film.mov", "c.mov", "d.mov", "g.mov");
        ProjectClip fast = clips.get(0);
        assertThat(fast.media()).isEqualTo(folder.resolve("My Film.mov").toAbsolutePath().normalize());
        assertThat(new double[] {fast.sourceIn(), fast.sourceOut(), fast.timelineStart(), fast.speed()})
                .as("2 s on the track at twice the speed run through 4 s of media")
                .containsExactly(new double[] {2, 6, 0, 2}, within(1e-9));
        ProjectClip whole = clips.get(1);
        assertThat(new double[] {whole.sourceIn(), whole.sourceOut(), whole.timelineStart()})
                .as("no source range: the active reference's whole range, from its first frame")
                .containsExactly(new double[] {0, 10, 2}, within(1e-9));
        ProjectClip nested = clips.get(2);
        assertThat(new double[] {nested.sourceIn(), nested.sourceOut(), nested.timelineStart()})
                .as("within the nested stack's range, 1 s to 3 s of its time, at 12 s")
                .containsExactly(new double[] {0.5, 2, 12}, within(1e-9));
        ProjectClip slow = clips.get(3);
        assertThat(new double[] {slow.sourceIn(), slow.sourceOut(), slow.timelineStart(), slow.speed()})
                .containsExactly(new double[] {0, 0.5, 16, 0.5}, within(1e-9));
    }

    @Test
    void markersCountInTheirItemsOwnTimeAndOnlyThoseOfWhatShowsAreRead() throws Exception {
        EditorProject project = new OtioProjectFormat().read(write("corners.otio", corners()));
        List<ProjectClip> clips = project.clips();

        List<ProjectMarker> markers = project.markers();

        assertThat(markers).as("none of the disabled clip").extracting(ProjectMarker::name)
                .containsExactly("whole", "compound", "slow", "music in");
        assertThat(markers.get(0).clip()).isEqualTo(clips.get(1));
        assertSpan(markers.get(0), 1, 2);
        assertThat(markers.get(0).colour()).isEqualTo("YELLOW");
        assertThat(markers.get(1).clip()).isNull();
        assertThat(markers.get(1).note()).as("a Marker.1's note in its metadata").isEqualTo("from its metadata");
        assertSpan(markers.get(1), 13, 14);
        assertThat(markers.get(2).clip()).as("at half speed").isEqualTo(clips.get(3));
        assertSpan(markers.get(2), 0.25, 0.5);
        assertThat(markers.get(3).clip()).as("a sound track's marker is the timeline's").isNull();
        assertThat(markers.get(3).point()).isTrue();
        assertSpan(markers.get(3), 2, 2);
    }

    @Test
    void aMarkerWithoutItsRangeIsRefusedSayingWhose() throws Exception {
        String clip = clipWith("\"rate\": 25.0, \"value\": 0.0").replace("{\"OTIO_SCHEMA\": \"Clip.2\", ",
                "{\"OTIO_SCHEMA\": \"Clip.2\", \"markers\": [{\"OTIO_SCHEMA\": \"Marker.2\", \"name\": \"m\"}], ");
        Path file = write("marker.otio", "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {\"OTIO_SCHEMA\": "
                + "\"Stack.1\", \"children\": [" + track(clip) + "]}}");

        assertThatThrownBy(() -> new OtioProjectFormat().read(file)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("the marker \"m\" of track \"V1\" item 1");
    }

    @Test
    void aRetimedClipIsMarkedInItsOwnTime() throws Exception {
        EditorProject project = new OtioProjectFormat().read(write("corners.otio", corners()));
        Path film = project.clips().get(0).media();
        MovieInfo media = new MovieInfo(film, 120, 24, 640, 360, false);
        Map<Path, MediaScenes> scenes = Map.of(film, new MediaScenes(media, List.of(new Scene(3, 4, 0.9)), "demo-1"));

        JsonNode annotated = JSON.readTree(ProjectFixture.annotated(project, scenes));

        JsonNode marker = annotated.at("/tracks/children/0/children/0/markers/0");
        assertThat(marker.at("/marked_range/start_time/value").asDouble())
                .as("media 3 s shows 0.5 s into the clip, whose time starts at frame 48").isEqualTo(60);
        assertThat(marker.at("/marked_range/duration/value").asDouble()).as("2 s of media in 1 s").isEqualTo(24);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": ",
        "[1, 2]",
        "{\"OTIO_SCHEMA\": \"Clip.2\", \"name\": \"a\"}",
        "{\"name\": \"no schema\"}",
        "{\"OTIO_SCHEMA\": \"Timeline.1\", \"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": null}",
        "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {\"OTIO_SCHEMA\": \"Track.1\"}}",
        "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {\"OTIO_SCHEMA\": \"Stack.1\", \"children\": 3}}",
        "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {\"OTIO_SCHEMA\": \"Stack.1\", \"children\": [CLIP]}}"
    })
    void aMalformedTimelineIsRefusedNamingTheFile(String json) throws Exception {
        Path file = write("bad.otio", json.replace("CLIP", track(clipWith("\"rate\": \"25\", \"value\": 0"))));

        assertThatThrownBy(() -> new OtioProjectFormat().read(file)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void absurdTimesAreRefusedSayingWhichClip() throws Exception {
        for (String time : List.of("\"rate\": 0.0, \"value\": 0.0", "\"rate\": 25.0, \"value\": 1e300",
                "\"rate\": 25.0, \"value\": 1e99999", "\"rate\": 25.0, \"value\": \"10\"", "\"value\": 10")) {
            Path file = write("absurd.otio", "{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {\"OTIO_SCHEMA\": "
                    + "\"Stack.1\", \"children\": [" + track(clipWith(time)) + "]}}");

            assertThatThrownBy(() -> new OtioProjectFormat().read(file)).as(time)
                    .isInstanceOf(ProjectException.class).hasMessageContaining("track \"V1\" item 1");
        }
    }

    @Test
    void hostileJsonIsBoundedNotFollowed() throws Exception {
        Path deep = write("deep.otio", "{\"OTIO_SCHEMA\": \"Timeline.1\", \"metadata\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        Path longNumber = write("long.otio", "{\"OTIO_SCHEMA\": \"Timeline.1\", \"n\": 1" + "0".repeat(5000) + "}");
        Path empty = write("empty.otio", "");

        assertThatThrownBy(() -> new OtioProjectFormat().read(deep)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("nesting");
        assertThatThrownBy(() -> new OtioProjectFormat().read(longNumber)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("Number value length");
        assertThatThrownBy(() -> new OtioProjectFormat().read(empty)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void otioFilesAreRecognizedByNameAndSchema() {
        OtioProjectFormat format = new OtioProjectFormat();

        assertThat(format.recognizes(Path.of("cut.otio"), "{\n    \"OTIO_SCHEMA\": \"Timeline.1\",")).isTrue();
        assertThat(format.recognizes(Path.of("cut.json"), "{\"OTIO_SCHEMA\": \"Timeline.1\"")).isFalse();
        assertThat(format.recognizes(Path.of("cut.otio"), "<?xml version=\"1.0\"?>")).isFalse();
        assertThat(format.extensions()).containsExactly("otio");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(folder.resolve(name), content);
    }

    private static void assertMarker(ProjectMarker marker, Path media, double timelineStart, double start,
            double end) {
        assertThat(marker.clip()).as(marker.name() + "'s clip").isNotNull();
        assertThat(marker.clip().media()).as(marker.name() + "'s media").isEqualTo(media);
        assertThat(marker.clip().timelineStart()).as(marker.name() + "'s clip").isCloseTo(timelineStart,
                within(1e-9));
        assertSpan(marker, start, end);
    }

    private static void assertSpan(ProjectMarker marker, double start, double end) {
        assertThat(marker.start()).as(marker.name() + " starts").isCloseTo(start, within(1 / 25.0));
        assertThat(marker.end()).as(marker.name() + " ends").isCloseTo(end, within(1 / 25.0));
    }

    private static JsonNode videoTrack(JsonNode timeline) {
        return timeline.at("/tracks/children/0");
    }

    private static List<JsonNode> ours(JsonNode item) {
        List<JsonNode> ours = new ArrayList<>();
        item.get("markers").forEach(marker -> {
            if (marker.at("/metadata/kissdetect").isObject()) {
                ours.add(marker);
            }
        });
        return ours;
    }

    /** A copy without the markers Kiss Detector added. */
    private static JsonNode withoutOurs(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("markers") != null) {
            var markers = object.get("markers").elements();
            while (markers.hasNext()) {
                if (markers.next().at("/metadata/kissdetect").isObject()) {
                    markers.remove();
                }
            }
        }
        node.forEach(OtioProjectTest::strip);
    }

    private static String track(String clip) {
        return "{\"OTIO_SCHEMA\": \"Track.1\", \"name\": \"V1\", \"kind\": \"Video\", \"children\": [" + clip + "]}";
    }

    private static String clipWith(String startTime) {
        return "{\"OTIO_SCHEMA\": \"Clip.2\", \"source_range\": {\"OTIO_SCHEMA\": \"TimeRange.1\", \"duration\": "
                + "{\"OTIO_SCHEMA\": \"RationalTime.1\", \"rate\": 25.0, \"value\": 10.0}, \"start_time\": "
                + "{\"OTIO_SCHEMA\": \"RationalTime.1\", " + startTime + "}}, \"media_references\": "
                + "{\"DEFAULT_MEDIA\": {\"OTIO_SCHEMA\": \"ExternalReference.1\", \"target_url\": \"films/a.mp4\"}}, "
                + "\"active_media_reference_key\": \"DEFAULT_MEDIA\"}";
    }

    /**
     * At 24 fps: a clip at twice the speed (Clip.1, a file URL, no media range), a dissolve, a clip of its active
     * reference's whole range, a nested stack showing 1 s to 3 s of its time, a disabled clip, a freeze frame and a
     * clip at half speed; then a disabled video track and a sound track. The whole clip, the nested stack, the
     * disabled clip, the slow clip and the sound track have a marker each.
     */
    private String corners() {
        String url = folder.resolve("My Film.mov").toUri().toString();
        return """
                {"OTIO_SCHEMA": "Timeline.1", "name": "corners", "global_start_time": null,
                 "tracks": {"OTIO_SCHEMA": "Stack.1", "children": [
                  {"OTIO_SCHEMA": "Track.1", "name": "V1", "kind": "Video", "children": [
                   {"OTIO_SCHEMA": "Clip.1", "name": "fast", "source_range": RANGE(48, 48), "markers": [],
                    "effects": [{"OTIO_SCHEMA": "LinearTimeWarp.1", "name": "", "effect_name": "", "time_scalar": 2.0}],
                    "media_reference": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "URL",
                                        "available_range": null}},
                   {"OTIO_SCHEMA": "Transition.1", "transition_type": "SMPTE_Dissolve",
                    "in_offset": TIME(12), "out_offset": TIME(12)},
                   {"OTIO_SCHEMA": "Clip.2", "name": "whole", "source_range": null,
                    "media_references": {
                     "DEFAULT_MEDIA": {"OTIO_SCHEMA": "MissingReference.1"},
                     "high": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "c.mov",
                              "available_range": RANGE(86400, 240)}},
                    "active_media_reference_key": "high", "markers": [{"OTIO_SCHEMA": "Marker.2", "name": "whole",
                     "color": "YELLOW", "marked_range": RANGE(86424, 24), "comment": ""}]},
                   {"OTIO_SCHEMA": "Stack.1", "name": "compound", "source_range": RANGE(24, 48),
                    "markers": [{"OTIO_SCHEMA": "Marker.1", "name": "compound", "marked_range": RANGE(48, 24),
                                 "metadata": {"Resolve_OTIO": {"Note": "from its metadata"}}}], "children": [
                    {"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [
                     {"OTIO_SCHEMA": "Gap.1", "source_range": RANGE(0, 12)},
                     {"OTIO_SCHEMA": "Clip.2", "source_range": RANGE(0, 48), "media_references": {
                      "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "d.mov"}},
                      "active_media_reference_key": "DEFAULT_MEDIA"}]},
                    {"OTIO_SCHEMA": "Track.1", "kind": "Audio", "children": [
                     {"OTIO_SCHEMA": "Clip.2", "source_range": RANGE(0, 48), "media_references": {
                      "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "sound.wav"}}}]}]},
                   {"OTIO_SCHEMA": "Clip.2", "enabled": false, "source_range": RANGE(0, 24), "media_references": {
                    "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "e.mov"}},
                    "markers": [{"OTIO_SCHEMA": "Marker.2", "name": "unseen", "marked_range": RANGE(0, 1)}]},
                   {"OTIO_SCHEMA": "Clip.2", "source_range": RANGE(0, 24), "media_references": {
                    "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "f.mov"}},
                    "effects": [{"OTIO_SCHEMA": "FreezeFrame.1", "time_scalar": 0.0}]},
                   {"OTIO_SCHEMA": "Clip.2", "source_range": RANGE(0, 24), "media_references": {
                    "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "g.mov"}},
                    "effects": [{"OTIO_SCHEMA": "LinearTimeWarp.1", "time_scalar": 0.5}],
                    "markers": [{"OTIO_SCHEMA": "Marker.2", "name": "slow", "marked_range": RANGE(12, 12)}]}]},
                  {"OTIO_SCHEMA": "Track.1", "name": "V2", "kind": "Video", "enabled": false, "children": [
                   {"OTIO_SCHEMA": "Clip.2", "source_range": RANGE(0, 24), "media_references": {
                    "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "h.mov"}}}]},
                  {"OTIO_SCHEMA": "Track.1", "name": "A1", "kind": "Audio",
                   "markers": [{"OTIO_SCHEMA": "Marker.2", "name": "music in", "marked_range": RANGE(48, 0)}],
                   "children": [
                   {"OTIO_SCHEMA": "Clip.2", "source_range": RANGE(0, 24), "media_references": {
                    "DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "sound.wav"}}}]}]}}
                """.replace("URL", url)
                .replaceAll("RANGE\\((\\d+), (\\d+)\\)", "{\"OTIO_SCHEMA\": \"TimeRange.1\", \"duration\": TIME($2), "
                        + "\"start_time\": TIME($1)}")
                .replaceAll("TIME\\((\\d+)\\)", "{\"OTIO_SCHEMA\": \"RationalTime.1\", \"rate\": 24.0, "
                        + "\"value\": $1.0}");
    }
}
