package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * FCPXML projects read and annotated: a Final Cut Pro 10.6 export (1.10: media-rep, a connected sound clip and
 * title, a transition, b.mov as a {@code clip} of its {@code video}) and a DaVinci Resolve export (1.8: {@code asset
 * src}, the second clip connected to a gap above it). Both sequences start at 01:00:00:00 and b.mov's media time at
 * its timecode, 10:00:00:00. Besides the director's note, the user labelled a.mp4's kiss on clip 1 and a near miss
 * of b.mov on clip 3.
 */
class FcpxmlProjectTest {

    private static final String OURS = "//marker[contains(@note,'(Kiss Detector)')]";
    private static final String EDITOR_FOLDER = "file:///Users/editor/Movies/Kiss/";
    /** Each fixture clip's local time at its first frame (b.mov's counts from its timecode) and timeline start. */
    private static final double[] CLIP_LOCAL_START = {5, 60, 36025};
    private static final double[] CLIP_TIMELINE_START = {0, 50, 90};
    private static final double FRAME = 1 / 25.0;
    private static final Set<String> ANCHORED = Set.of("asset-clip", "clip", "video", "audio", "title", "spine",
            "gap", "ref-clip", "sync-clip", "mc-clip", "audition", "caption");
    private static final Set<String> AFTER_MARKERS = Set.of("audio-channel-source", "audio-role-source",
            "sync-source", "filter-video", "filter-video-mask", "filter-audio", "metadata");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"fcpxml-1.10.fcpxml", "fcpxml-1.8.fcpxml"})
    void thePicturesClipsAreReadInSourceAndTimelineTime(String resource) throws Exception {
        EditorProject project = new FcpxmlProjectFormat().read(project(resource));

        List<ProjectClip> clips = project.clips();
        assertThat(clips).as("the sound clip is left out, the gap and title have no media").hasSize(3);
        assertThat(clips).extracting(ProjectClip::media).containsExactly(ProjectFixture.filmA(folder),
                ProjectFixture.filmA(folder), ProjectFixture.filmB(folder));
        double[][] expected = {{5, 35, 0}, {60, 100, 50}, {25, 55, 90}};
        for (int i = 0; i < 3; i++) {
            assertThat(clips.get(i).sourceIn()).isCloseTo(expected[i][0], within(1e-9));
            assertThat(clips.get(i).sourceOut()).isCloseTo(expected[i][1], within(1e-9));
            assertThat(clips.get(i).timelineStart()).isCloseTo(expected[i][2], within(1e-9));
            assertThat(clips.get(i).speed()).isEqualTo(1);
        }
        assertThat(project.format()).isEqualTo("fcpxml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fcpxml-1.10.fcpxml", "fcpxml-1.8.fcpxml"})
    void theUsersMarkersAreReadOnTheirClipsInTheirMediasTime(String resource) throws Exception {
        List<ProjectMarker> markers = new FcpxmlProjectFormat().read(project(resource)).markers();

        assertThat(markers).extracting(ProjectMarker::name).containsExactly("Director's note", "kissing",
                "not kissing");
        assertMarker(markers.get(0), ProjectFixture.filmA(folder), 0, 7, 7 + FRAME);
        assertThat(markers.get(0).point()).as("a frame long, as Final Cut Pro's markers are").isFalse();
        assertThat(markers.get(0).note()).isEqualTo("Check the focus here");
        assertMarker(markers.get(1), ProjectFixture.filmA(folder), 0, 10, 24);
        assertThat(markers.get(1).note()).isEqualTo("on the balcony, from the first touch");
        assertMarker(markers.get(2), ProjectFixture.filmB(folder), 90, 40, 50);
        assertThat(markers.get(2).note()).isEqualTo("close, but they only whisper");
        assertThat(markers).extracting(ProjectMarker::colour).containsOnly("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fcpxml-1.10.fcpxml", "fcpxml-1.8.fcpxml"})
    void scenesAreMarkedOnTheClipsInTheirLocalTimeAndNothingElseChanges(String resource) throws Exception {
        Path file = project(resource);
        String written = ProjectFixture.annotated(new FcpxmlProjectFormat().read(file), ProjectFixture.scenes(folder));
        Document annotated = XmlProjects.parse(written);

        List<Element> markers = XmlProjects.elements(annotated, OURS);
        assertThat(markers).hasSize(3);
        for (int i = 0; i < markers.size(); i++) {
            Element clip = (Element) markers.get(i).getParentNode();
            assertThat(seconds(clip, "start")).as("marker %d is on clip %d", i, i).isEqualTo(CLIP_LOCAL_START[i]);
            double start = seconds(markers.get(i), "start");
            double end = start + seconds(markers.get(i), "duration");
            double[] scene = ProjectFixture.TIMELINE_SCENES[i];
            assertThat(start).isCloseTo(CLIP_LOCAL_START[i] + scene[0] - CLIP_TIMELINE_START[i], within(FRAME));
            assertThat(end).isCloseTo(CLIP_LOCAL_START[i] + scene[1] - CLIP_TIMELINE_START[i], within(FRAME));
            assertThat(markers.get(i).getAttribute("value")).isEqualTo("Kissing scene " + (i == 1 ? 2 : 1));
            assertMarkersInTheDtdsOrder(clip);
        }
        assertThat(markers.get(2).getAttribute("start")).as("b.mov's clip counts from its timecode")
                .isEqualTo("36030s");
        assertThat(XmlProjects.elements(annotated, "//marker[@value=\"Director's note\"]")).hasSize(1);
        assertThat(XmlProjects.elements(annotated, "//marker[@value='kissing']")).hasSize(1);
        assertThat(XmlProjects.elements(annotated, "//marker[@value='not kissing']")).hasSize(1);
        assertThat(written).contains("<!DOCTYPE fcpxml>");
        assertThat(XmlProjects.sameExcept(XmlProjects.parse(file), annotated,
                element -> element.getTagName().equals("marker") && ClipScene.signed(element.getAttribute("note"))))
                .isTrue();
    }

    @Test
    void aMarkerFollowsTheClipsConnectedClipsAndMarkersAndPrecedesItsAudioChannels() throws Exception {
        Document annotated = XmlProjects.parse(ProjectFixture.annotated(
                new FcpxmlProjectFormat().read(project("fcpxml-1.10.fcpxml")), ProjectFixture.scenes(folder)));

        Element first = XmlProjects.elements(annotated, "//spine/asset-clip[1]").get(0);
        assertThat(Dom.children(first)).extracting(Element::getTagName).containsExactly("adjust-transform",
                "asset-clip", "marker", "marker", "marker", "audio-channel-source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fcpxml-1.10.fcpxml", "fcpxml-1.8.fcpxml"})
    void annotatingAgainReplacesTheMarkersItAddedBefore(String resource) throws Exception {
        Path file = project(resource);
        Path once = folder.resolve("once.fcpxml");
        Files.writeString(once,
                ProjectFixture.annotated(new FcpxmlProjectFormat().read(file), ProjectFixture.scenes(folder)));

        EditorProject again = new FcpxmlProjectFormat().read(once);
        String twice = ProjectFixture.annotated(again, ProjectFixture.scenes(folder));

        assertThat(XmlProjects.elements(XmlProjects.parse(twice), OURS)).hasSize(3);
        assertThat(XmlProjects.elements(XmlProjects.parse(twice), "//marker")).as("the user's three and ours")
                .hasSize(6);
        assertThat(again.markers()).hasSize(6);
        assertThat(again.markers()).filteredOn(marker -> !ClipScene.signed(marker.note()))
                .extracting(ProjectMarker::name).containsExactly("Director's note", "kissing", "not kissing");
        assertThat(again.markers()).filteredOn(marker -> ClipScene.signed(marker.note()))
                .extracting(ProjectMarker::name).containsExactly("Kissing scene 1", "Kissing scene 2",
                        "Kissing scene 1");
        assertThat(ProjectFixture.annotated(again, ProjectFixture.scenes(folder))).as("written twice alike")
                .isEqualTo(twice);
        assertThat(ProjectFixture.annotated(again, Map.of())).as("no scenes: only the user's marker is left")
                .doesNotContain("(Kiss Detector)").contains("Director's note");
    }

    @Test
    void aRetimedClipPlaysFasterAndItsSecondaryStorylineCountsFromZero() throws Exception {
        Files.createDirectories(folder.resolve("films"));
        Path file = folder.resolve("retimed.fcpxml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE fcpxml>
                <fcpxml version="1.11">
                    <resources>
                        <format id="r1" name="FFVideoFormat1080p2997" frameDuration="1001/30000s"/>
                        <asset id="r2" name="my film" start="3600s" duration="600s" hasVideo="1" format="r1">
                            <media-rep kind="original-media" src="films/my%20film.mov"/>
                        </asset>
                    </resources>
                    <project name="Retimed">
                        <sequence format="r1" tcStart="0s">
                            <spine>
                                <asset-clip ref="r2" offset="0s" name="fast" start="3610s" duration="10s">
                                    <timeMap>
                                        <timept time="3610s" value="3610s" interp="linear"/>
                                        <timept time="3620s" value="3630s" interp="linear"/>
                                    </timeMap>
                                    <spine lane="1" offset="3612s">
                                        <asset-clip ref="r2" offset="0s" name="cutaway" start="3700s" duration="3s">
                                            <marker start="3701s" duration="1001/30000s" value="cutaway" completed="1"/>
                                        </asset-clip>
                                        <asset-clip ref="r2" offset="3s" name="cutaway 2" start="3800s" duration="2s"/>
                                    </spine>
                                    <asset-clip ref="r2" lane="2" offset="3611s" duration="1s" enabled="0">
                                        <marker start="3650s" duration="1s" value="on a disabled clip"/>
                                    </asset-clip>
                                    <marker start="3612s" duration="1s" value="faster"/>
                                    <chapter-marker start="3614s" duration="1001/30000s" value="Chapter 2"/>
                                </asset-clip>
                            </spine>
                        </sequence>
                    </project>
                </fcpxml>
                """);
        EditorProject project = new FcpxmlProjectFormat().read(file);
        Path film = folder.resolve("films/my film.mov").toAbsolutePath().normalize();

        List<ProjectClip> clips = project.clips();
        assertThat(clips).extracting(ProjectClip::media).containsOnly(film);
        assertThat(clips).extracting(ProjectClip::timelineStart).containsExactly(0.0, 2.0, 5.0);
        assertThat(clips.get(0).speed()).isCloseTo(2, within(1e-9));
        assertThat(clips.get(0).sourceIn()).isCloseTo(10, within(1e-9));
        assertThat(clips.get(0).sourceOut()).isCloseTo(30, within(1e-9));
        assertThat(clips.get(1).sourceIn()).isCloseTo(100, within(1e-9));

        List<ProjectMarker> marks = project.markers();
        assertThat(marks).as("in document order, none of the disabled clip").extracting(ProjectMarker::name)
                .containsExactly("cutaway", "faster", "Chapter 2");
        assertThat(marks.get(0).clip()).as("a connected clip's to-do marker").isEqualTo(clips.get(1));
        assertThat(new double[] {marks.get(0).start(), marks.get(0).end()})
                .containsExactly(new double[] {101, 101 + 1001 / 30000.0}, within(1e-9));
        assertThat(marks.get(1).clip()).isEqualTo(clips.get(0));
        assertThat(new double[] {marks.get(1).start(), marks.get(1).end()}).as("2 s into the clip at twice the speed")
                .containsExactly(new double[] {14, 16}, within(1e-9));
        assertThat(marks.get(2).start()).as("a chapter marker").isCloseTo(18, within(1e-9));
        assertThat(marks.get(2).end() - marks.get(2).start()).isCloseTo(2 * 1001 / 30000.0, within(1e-9));

        MovieInfo media = new MovieInfo(film, 600, 30000 / 1001.0, 1920, 1080, false);
        Document annotated = XmlProjects.parse(ProjectFixture.annotated(project,
                Map.of(film, new MediaScenes(media, List.of(new Scene(14, 19, 0.9)), "demo-1"))));
        List<Element> markers = XmlProjects.elements(annotated, OURS);
        assertThat(markers).hasSize(1);
        double frame = 1001 / 30000.0;
        double fromClipStart = seconds(markers.get(0), "start") - 3610;
        assertThat(fromClipStart).as("source 14 s shows 2 s into the clip").isCloseTo(2, within(frame));
        assertThat(fromClipStart / frame).as("on the frame grid").isCloseTo(Math.rint(fromClipStart / frame),
                within(1e-6));
        assertThat(seconds(markers.get(0), "duration")).isCloseTo(3, within(frame));
    }

    @Test
    void theMarkersOfAClipAndOfThePictureItWrapsCountEachInItsOwnTime() throws Exception {
        Files.createDirectories(folder.resolve("films"));
        Path file = folder.resolve("wrapped.fcpxml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE fcpxml>
                <fcpxml version="1.10">
                    <resources>
                        <format id="r1" name="FFVideoFormat1080p25" frameDuration="100/2500s"/>
                        <asset id="r2" name="b" start="36000s" duration="100s" hasVideo="1" format="r1">
                            <media-rep kind="original-media" src="films/b.mov"/>
                        </asset>
                    </resources>
                    <project name="Wrapped">
                        <sequence format="r1" tcStart="0s">
                            <spine>
                                <clip name="b" offset="0s" start="10s" duration="5s" format="r1">
                                    <video ref="r2" offset="0s" start="36000s" duration="100s">
                                        <marker start="36012s" duration="1s" value="on its picture"/>
                                    </video>
                                    <marker start="11s" duration="1s" value="on the clip">
                                        <note>from its note element</note>
                                    </marker>
                                </clip>
                            </spine>
                        </sequence>
                    </project>
                </fcpxml>
                """);

        EditorProject project = new FcpxmlProjectFormat().read(file);

        assertThat(project.clips()).hasSize(1);
        assertThat(project.clips().get(0).sourceIn()).isCloseTo(10, within(1e-9));
        List<ProjectMarker> markers = project.markers();
        assertThat(markers).extracting(ProjectMarker::name).containsExactly("on its picture", "on the clip");
        assertThat(markers).extracting(ProjectMarker::clip).containsOnly(project.clips().get(0));
        assertThat(new double[] {markers.get(0).start(), markers.get(0).end()}).as("in its media's time")
                .containsExactly(new double[] {12, 13}, within(1e-9));
        assertThat(new double[] {markers.get(1).start(), markers.get(1).end()}).as("in the clip's local time")
                .containsExactly(new double[] {11, 12}, within(1e-9));
        assertThat(markers.get(1).note()).isEqualTo("from its note element");
    }

    @Test
    void aBundleIsReadFromItsInfoFcpxml() throws Exception {
        Path bundle = Files.createDirectories(folder.resolve("Kiss cut.fcpxmld"));
        Files.move(project("fcpxml-1.10.fcpxml"), bundle.resolve("Info.fcpxml"));
        FcpxmlProjectFormat format = new FcpxmlProjectFormat();

        assertThat(format.recognizes(bundle, "")).isTrue();
        EditorProject project = format.read(bundle);

        assertThat(project.file()).isEqualTo(bundle);
        assertThat(project.clips()).hasSize(3);
        assertThat(format.recognizes(folder.resolve("other.fcpxmld"), "")).isFalse();
        assertThatThrownBy(() -> format.read(folder)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("Info.fcpxml");
    }

    @Test
    void itRecognizesFcpxmlByNameAndContent() {
        FcpxmlProjectFormat format = new FcpxmlProjectFormat();

        assertThat(format.recognizes(Path.of("cut.fcpxml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE fcpxml>\n<fcpxml "
                + "version=\"1.10\">")).isTrue();
        assertThat(format.recognizes(Path.of("cut.xml"), "<fcpxml version=\"1.10\">")).isFalse();
        assertThat(format.recognizes(Path.of("cut.fcpxml"), "<xmeml version=\"5\">")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<fcpxml version=\"1.10\"><resources>|not well-formed",
        "<xmeml version=\"5\"><sequence/></xmeml>|root element is <xmeml>",
        "<fcpxml version=\"2.0\"/>|version 2.0",
        "<fcpxml version=\"1.10\"><library><event name=\"e\"/></library></fcpxml>|without a project",
        "<fcpxml version=\"1.10\"><project><sequence><spine><asset-clip ref=\"r9\" duration=\"1s\"/></spine></sequence>"
                + "</project></fcpxml>|\"r9\", which is not among the resources",
        "<fcpxml version=\"1.10\"><resources><asset id=\"r2\" hasVideo=\"1\" src=\"a.mp4\"/></resources><project>"
                + "<sequence><spine><asset-clip ref=\"r2\" offset=\"ten seconds\" duration=\"1s\"/></spine></sequence>"
                + "</project></fcpxml>|offset: \"ten seconds\" is no FCPXML time",
        "<fcpxml version=\"1.10\"><resources><asset id=\"r2\" hasVideo=\"1\" src=\"a.mp4\"/></resources><project>"
                + "<sequence><spine><asset-clip ref=\"r2\" duration=\"99999999999999999/1s\"/></spine></sequence>"
                + "</project></fcpxml>|beyond belief",
        "<fcpxml version=\"1.10\"><resources><asset id=\"r2\" hasVideo=\"1\" src=\"a.mp4\"/></resources><project>"
                + "<sequence><spine><asset-clip ref=\"r2\" duration=\"1/0s\"/></spine></sequence>"
                + "</project></fcpxml>|no meaning",
        "<fcpxml version=\"1.10\"><resources><asset id=\"r2\" hasVideo=\"1\" src=\"a.mp4\"/></resources><project>"
                + "<sequence><spine><asset-clip ref=\"r2\" start=\"-5s\" duration=\"1s\"/></spine></sequence>"
                + "</project></fcpxml>|before its media's first frame",
        "<fcpxml version=\"1.10\"><resources><asset id=\"r2\" hasVideo=\"1\" src=\"a.mp4\"/></resources><project>"
                + "<sequence><spine><asset-clip ref=\"r2\" duration=\"1s\"><marker start=\"soon\" value=\"m\"/>"
                + "</asset-clip></spine></sequence></project></fcpxml>|a marker of a clip: <marker> start: \"soon\""})
    void aMalformedProjectIsRefusedSayingWhatIsWrong(String caseAndReason) throws Exception {
        String[] parts = caseAndReason.split("\\|");
        Path file = folder.resolve("bad.fcpxml");
        Files.writeString(file, parts[0]);

        assertThatThrownBy(() -> new FcpxmlProjectFormat().read(file)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(parts[1]);
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the-secret-text");
        Path file = folder.resolve("hostile.fcpxml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE fcpxml [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>\n<fcpxml version=\"1.10\"><resources><asset id=\"r2\" hasVideo=\"1\" "
                + "duration=\"10s\" src=\"a.mp4\"/></resources><project name=\"p\"><sequence><spine><asset-clip "
                + "ref=\"r2\" duration=\"10s\"><note>&secret;</note></asset-clip></spine></sequence></project>"
                + "</fcpxml>");

        Throwable thrown = catchThrowable(() -> {
            EditorProject project = new FcpxmlProjectFormat().read(file);
            assertThat(ProjectFixture.annotated(project, Map.of())).doesNotContain("the-secret-text");
        });

        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ProjectException.class));
    }

    private void assertMarker(ProjectMarker marker, Path media, double timelineStart, double start, double end) {
        assertThat(marker.clip()).as(marker.name() + "'s clip").isNotNull();
        assertThat(marker.clip().media()).as(marker.name() + "'s media").isEqualTo(media);
        assertThat(marker.clip().timelineStart()).as(marker.name() + "'s clip").isCloseTo(timelineStart,
                within(1e-9));
        assertThat(marker.start()).as(marker.name() + " starts").isCloseTo(start, within(FRAME));
        assertThat(marker.end()).as(marker.name() + " ends").isCloseTo(end, within(FRAME));
    }

    /** Copies a fixture beside an empty films/, its media named where the editor's films are, in that folder. */
    private Path project(String resource) throws Exception {
        Path file = ProjectFixture.project(folder, resource);
        String here = folder.toAbsolutePath().toUri().toString();
        Files.writeString(file, Files.readString(file).replace(EDITOR_FOLDER, here.endsWith("/") ? here : here + "/"));
        return file;
    }

    private static double seconds(Element element, String attribute) {
        return FcpxmlTime.parse(element.getAttribute(attribute)).seconds();
    }

    /** No anchored item after a marker, no audio channel, filter or metadata before one, as Apple's DTD orders. */
    private static void assertMarkersInTheDtdsOrder(Element clip) {
        List<String> tags = Dom.children(clip).stream().map(Element::getTagName).toList();
        int firstMarker = tags.indexOf("marker");
        int lastMarker = tags.lastIndexOf("marker");
        for (int i = 0; i < tags.size(); i++) {
            if (i > firstMarker) {
                assertThat(ANCHORED).as("%s after a marker in %s", tags.get(i), tags).doesNotContain(tags.get(i));
            }
            if (i < lastMarker) {
                assertThat(AFTER_MARKERS).as("%s before a marker in %s", tags.get(i), tags)
                        .doesNotContain(tags.get(i));
            }
        }
    }
}
