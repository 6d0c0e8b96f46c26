package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Premiere Pro export (xmeml 4: a file referred to by id, a sequence timecode of 01:00:00:00, a sound track, the
 * user's markers: a director's note, a kiss and a near miss labelled on the sequence, the near miss on its clip too)
 * read and annotated; transitions, speed changes and nested sequences read from small
 * sequences in Premiere's words.
 */
class XmemlProjectTest {

    private static final String OURS = "/xmeml/sequence/marker[contains(comment,'(Kiss Detector)')]";
    /** Where the test project says its media are; moved to the test's folder before it is read. */
    private static final String FOOTAGE = "file://localhost/Volumes/Footage%20Drive/Kiss%20Test/";

    @TempDir
    Path folder;

    @Test
    void theVideoTracksClipsAreReadInSourceAndTimelineTime() throws Exception {
        EditorProject project = new XmemlProjectFormat().read(premiereProject());

        List<ProjectClip> clips = project.clips();
        assertThat(clips).as("the sound track's clip is left out").hasSize(3);
        assertThat(clips.get(0).media()).isEqualTo(ProjectFixture.filmA(folder));
        assertThat(clips.get(0).sourceIn()).isCloseTo(5, within(1e-9));
        assertThat(clips.get(0).sourceOut()).isCloseTo(35, within(1e-9));
        assertThat(clips.get(1).media()).as("a file referred to by its id").isEqualTo(ProjectFixture.filmA(folder));
        assertThat(clips.get(1).sourceIn()).isCloseTo(60, within(1e-9));
        assertThat(clips.get(1).timelineStart()).isCloseTo(50, within(1e-9));
        assertThat(clips.get(2).media()).isEqualTo(ProjectFixture.filmB(folder));
        assertThat(clips.get(2).sourceIn()).as("counted from the first frame, not the timecode")
                .isCloseTo(25, within(1e-9));
        assertThat(clips.get(2).timelineStart()).isCloseTo(90, within(1e-9));
        assertThat(clips).allSatisfy(clip -> assertThat(clip.speed()).isEqualTo(1));
    }

    @Test
    void theSequencesMarkersAreOnItsTimelineAndAClipsInItsMediasFrames() throws Exception {
        List<ProjectMarker> markers = new XmemlProjectFormat().read(premiereProject()).markers();

        assertThat(markers).as("in document order: the clip's within the sequence's media, before the sequence's")
                .extracting(ProjectMarker::name).containsExactly("not kissing", "Director's note", "kissing",
                        "not kissing");
        ProjectMarker onClip = markers.get(0);
        assertThat(onClip.clip()).isNotNull();
        assertThat(onClip.clip().media()).isEqualTo(ProjectFixture.filmB(folder));
        assertThat(onClip.clip().timelineStart()).isCloseTo(90, within(1e-9));
        assertSpan(onClip, 40, 50);
        assertThat(onClip.note()).isEqualTo("close, but they only whisper");
        assertThat(onClip.colour()).as("Premiere's default green").isEmpty();

        assertThat(markers.subList(1, 4)).extracting(ProjectMarker::clip).containsOnlyNulls();
        assertThat(markers.get(1).point()).as("out -1").isTrue();
        assertSpan(markers.get(1), 2, 2);
        assertThat(markers.get(1).note()).isEqualTo("Check the grade here");
        assertSpan(markers.get(2), 5, 20);
        assertThat(markers.get(2).note()).isEqualTo("on the balcony, from the first touch");
        assertThat(markers.get(2).colour()).isEqualTo("4281740498");
        assertSpan(markers.get(3), 105, 115);
        assertThat(markers.get(3).note()).isEqualTo("close, but they only whisper");
    }

    @Test
    void scenesAreMarkedOnTheSequenceFromItsStartAndNothingElseChanges() throws Exception {
        Path file = premiereProject();
        EditorProject project = new XmemlProjectFormat().read(file);

        String written = ProjectFixture.annotated(project, ProjectFixture.scenes(folder));
        Document annotated = XmlProjects.parse(written);

        List<Element> markers = XmlProjects.elements(annotated, OURS);
        assertThat(markers).hasSize(3);
        for (int i = 0; i < markers.size(); i++) {
            assertThat(Long.parseLong(XmlProjects.value(markers.get(i), "in")) / 25.0)
                    .isCloseTo(ProjectFixture.TIMELINE_SCENES[i][0], within(1 / 25.0));
            assertThat(Long.parseLong(XmlProjects.value(markers.get(i), "out")) / 25.0)
                    .isCloseTo(ProjectFixture.TIMELINE_SCENES[i][1], within(1 / 25.0));
            assertThat(XmlProjects.value(markers.get(i), "name")).isEqualTo("Kissing scene " + (i == 1 ? 2 : 1));
        }
        assertThat(XmlProjects.value(annotated, "/xmeml/sequence/marker[1]/name")).isEqualTo("Director's note");
        assertThat(XmlProjects.value(annotated, "/xmeml/sequence/marker[2]/name")).isEqualTo("kissing");
        assertThat(XmlProjects.value(annotated, "/xmeml/sequence/marker[3]/name")).isEqualTo("not kissing");
        assertThat(XmlProjects.elements(annotated, "//clipitem[@id='clipitem-3']/marker[name='not kissing']"))
                .hasSize(1);
        assertThat(XmlProjects.value(annotated, "name(/xmeml/sequence/marker[6]/following-sibling::*[1])"))
                .as("markers go before the sequence's labels").isEqualTo("labels");
        assertThat(written).contains("<!DOCTYPE xmeml>").contains("\n\t\t<marker>\n\t\t\t<comment>kissing 10-25 s");
        assertThat(XmlProjects.sameExcept(XmlProjects.parse(file), annotated,
                element -> element.getTagName().equals("marker")
                        && XmlProjects.value(element, "comment").contains("(Kiss Detector)")))
                .isTrue();
        assertThat(ProjectFixture.annotated(project, ProjectFixture.scenes(folder)))
                .as("the project read is left as it was").isEqualTo(written);
    }

    @Test
    void annotatingAgainReplacesTheMarkersItAddedBefore() throws Exception {
        Path once = folder.resolve("once.xml");
        String first = ProjectFixture.annotated(new XmemlProjectFormat().read(premiereProject()),
                ProjectFixture.scenes(folder));
        Files.writeString(once, first);

        String second = ProjectFixture.annotated(new XmemlProjectFormat().read(once), ProjectFixture.scenes(folder));

        Document twice = XmlProjects.parse(second);
        assertThat(XmlProjects.elements(twice, OURS)).hasSize(3);
        assertThat(XmlProjects.elements(twice, "/xmeml/sequence/marker")).as("the user's three and ours").hasSize(6);
        assertThat(second).isEqualTo(first);
        List<ProjectMarker> markers = new XmemlProjectFormat().read(once).markers();
        assertThat(markers).filteredOn(marker -> !ClipScene.signed(marker.note())).extracting(ProjectMarker::name)
                .containsExactly("not kissing", "Director's note", "kissing", "not kissing");
        assertThat(markers).filteredOn(marker -> ClipScene.signed(marker.note())).extracting(ProjectMarker::name)
                .containsExactly("Kissing scene 1", "Kissing scene 2", "Kissing scene 1");
    }

    @Test
    void transitionsEdgesAndConstantSpeedsPlaceTheClips() throws Exception {
        String film = film("a.mp4");
        EditorProject project = read(sequence(25, false, clip("clipitem-1", 0, -1, 0, 275, film, "")
                + transition(250, 275, "center")
                + clip("clipitem-2", -1, 775, 100, 625, "<file id=\"file-1\"/>", "")
                + clip("clipitem-3", 775, 1275, 0, 250, "<file id=\"file-1\"/>", timeremap(50, false))
                + clip("clipitem-4", 1275, 1375, 0, 100, "<file id=\"file-1\"/>", timeremap(100, true))));

        List<ProjectClip> clips = project.clips();
        assertThat(clips).extracting(ProjectClip::id)
                .containsExactly("clipitem-1", "clipitem-2", "clipitem-3", "clipitem-4");
        assertClip(clips.get(0), 0, 10.5, 0, 1);
        assertClip(clips.get(1), 4.5, 25, 10.5, 1);
        assertClip(clips.get(2), 0, 10, 31, 0.5);
        assertClip(clips.get(3), 0, 4, 51, 1);

        Map<Path, MediaScenes> scenes = scenesOfA(new Scene(2, 3, 0.9));
        Document annotated = XmlProjects.parse(ProjectFixture.annotated(project, scenes));
        List<Element> markers = XmlProjects.elements(annotated, OURS);
        assertThat(markers).as("none on the reversed clip").hasSize(2);
        assertThat(XmlProjects.value(markers.get(0), "in")).isEqualTo("50");
        assertThat(XmlProjects.value(markers.get(0), "out")).isEqualTo("100");
        assertThat(XmlProjects.value(markers.get(1), "in")).as("slow motion: 2 s into the clip").isEqualTo("875");
        assertThat(XmlProjects.value(markers.get(1), "out")).isEqualTo("975");
    }

    @Test
    void aNestedSequencesClipsShowWhereItsClipShowsThem() throws Exception {
        String nested = "<sequence id=\"sequence-2\"><duration>250</duration>" + rate(25, false)
                + "<name>Nest</name><media><video><track>"
                + clip("clipitem-7", 0, 250, 250, 500, film("a.mp4"), marker("at 12 s", 300, -1))
                + "</track></video></media>" + marker("the nest's own", 0, -1) + "</sequence>";
        EditorProject project = read(sequence(30, true,
                clip("clipitem-5", 300, 480, 50, 200, nested, "")
                        + clip("clipitem-6", 600, 630, 0, 25, "<sequence id=\"sequence-2\"/>", "")));

        List<ProjectClip> clips = project.clips();
        assertThat(clips).extracting(ProjectClip::id)
                .containsExactly("clipitem-5 > clipitem-7", "clipitem-6 > clipitem-7");
        assertClip(clips.get(0), 12, 18, 300 * 1.001 / 30, 1);
        assertClip(clips.get(1), 10, 11, 600 * 1.001 / 30, 1);
        List<ProjectMarker> markers = project.markers();
        assertThat(markers).as("the nested clip's marker on each clip it makes; none of the nested sequence itself")
                .extracting(ProjectMarker::clip).containsExactly(clips.get(0), clips.get(1));
        assertThat(markers).allSatisfy(marker -> assertSpan(marker, 12, 12));
    }

    @Test
    void ratesCountNtscAsThousandths() throws Exception {
        Document document = XmlProjects.parse("<clipitem>" + rate(30, true) + "</clipitem>");

        assertThat(XmemlValues.rate(document.getDocumentElement())).isEqualTo(new FrameRate(30000, 1001));
    }

    @Test
    void premiereMediaUrlsNameLocalFiles() {
        assertThat(XmemlValues.media("file://localhost/Volumes/Footage%20Drive/Kiss%20Test/a%23b.mp4", folder))
                .isEqualTo(Path.of("/Volumes/Footage Drive/Kiss Test/a#b.mp4"));
        assertThat(XmemlValues.media("https://example.invalid/a.mp4", folder)).isNull();
    }

    @Test
    void itRecognisesXmemlByItsRootNotByItsExtensionAlone() {
        XmemlProjectFormat format = new XmemlProjectFormat();

        assertThat(format.recognizes(Path.of("cut.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE xmeml>\n<xmeml "))
                .isTrue();
        assertThat(format.recognizes(Path.of("cut.xml"), "<?xml version=\"1.0\"?>\n<fcpxml version=\"1.10\">"))
                .isFalse();
        assertThat(format.recognizes(Path.of("cut.fcpxml"), "<xmeml version=\"5\">")).isFalse();
    }

    @Test
    void malformedProjectsAreRefusedNamingTheFileAndTheFault() throws Exception {
        assertRefused("<xmeml version=\"4\"><sequence>", "not well-formed XML");
        assertRefused("<fcpxml version=\"1.10\"/>", "its root element is <fcpxml>");
        assertRefused("<xmeml version=\"4\"><project><children/></project></xmeml>", "without a sequence");
        assertRefused(sequence(0, false, ""), "no frame rate");
        assertRefused(sequence(25, false, clip("clipitem-1", 0, 10, 0, 10, "<file id=\"file-9\"/>", "")),
                "clipitem-1", "file the document does not define");
        assertRefused(sequence(25, false, clip("clipitem-1", 0, 10, 0, 10, film("a.mp4"), "").replace(
                "<in>0</in>", "<in>zero</in>")), "clipitem-1", "<in> of <clipitem id=\"clipitem-1\"> is no number");
        assertRefused(sequence(25, false, clip("clipitem-1", 0, 10, 0, 1e15, film("a.mp4"), "")), "out of range");
        assertRefused(sequence(25, false, clip("clipitem-1", 0, 10, 0, 10, film("a.mp4"), timeremap(0, false))),
                "speed of \"0\" percent");
        assertRefused(sequence(25, false, clip("clipitem-1", -1, -1, 0, 10, film("a.mp4"), "")),
                "starts and ends in transitions");
        assertRefused(sequence(25, false, clip("clipitem-1", 0, 10, 0, 10, film("a.mp4"),
                marker("soon", 0, -1).replace("<in>0</in>", "<in>soon</in>"))),
                "a marker: <in> of <marker> is no number");
    }

    @Test
    void externalEntitiesAreNotFollowed() throws Exception {
        Path file = folder.resolve("entity.xml");
        String body = sequence(25, false, clip("clipitem-1", 0, 10, 0, 10,
                "<file id=\"f\"><pathurl>file:///films/&secret;.mp4</pathurl></file>", ""));
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE xmeml [<!ENTITY secret SYSTEM "
                + "\"file:///etc/hostname\">]>\n" + body.substring(body.indexOf("<xmeml")));

        try {
            List<ProjectClip> clips = new XmemlProjectFormat().read(file).clips();
            assertThat(clips).extracting(clip -> clip.media().toString()).containsExactly("/films/.mp4");
        } catch (ProjectException e) {
            assertThat(e.getMessage()).contains(file.toString());
        }
    }

    private Path premiereProject() throws Exception {
        Path file = ProjectFixture.project(folder, "premiere.xml");
        String here = "file://localhost" + folder.toAbsolutePath().toUri().getRawPath();
        Files.writeString(file, Files.readString(file).replace(FOOTAGE, here.endsWith("/") ? here : here + "/"));
        return file;
    }

    private EditorProject read(String xml) throws Exception {
        Path file = folder.resolve("sequence.xml");
        Files.writeString(file, xml);
        return new XmemlProjectFormat().read(file);
    }

    private void assertRefused(String xml, String... phrases) throws Exception {
        Path file = folder.resolve("bad.xml");
        Files.writeString(file, xml);
        assertThatThrownBy(() -> new XmemlProjectFormat().read(file)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(file.toString()).hasMessageContainingAll(phrases);
    }

    private Map<Path, MediaScenes> scenesOfA(Scene scene) {
        MovieInfo a = new MovieInfo(ProjectFixture.filmA(folder), 120, 25, 640, 360, true);
        return Map.of(a.file(), new MediaScenes(a, List.of(scene), "demo-1"));
    }

    private static void assertClip(ProjectClip clip, double sourceIn, double sourceOut, double start, double speed) {
        assertThat(clip.sourceIn()).as(clip.id() + " in").isCloseTo(sourceIn, within(1e-6));
        assertThat(clip.sourceOut()).as(clip.id() + " out").isCloseTo(sourceOut, within(1e-6));
        assertThat(clip.timelineStart()).as(clip.id() + " start").isCloseTo(start, within(1e-6));
        assertThat(clip.speed()).as(clip.id() + " speed").isCloseTo(speed, within(1e-9));
    }

    private String film(String name) {
        return "<file id=\"file-1\"><name>" + name + "</name><pathurl>file://localhost"
                + folder.resolve("films").resolve(name).toAbsolutePath().toUri().getRawPath() + "</pathurl>"
                + rate(25, false) + "<duration>3000</duration><media><video/></media></file>";
    }

    private static String sequence(int timebase, boolean ntsc, String track) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xmeml>\n<xmeml version=\"4\">"
                + "<sequence id=\"sequence-1\"><duration>3000</duration>" + rate(timebase, ntsc) + "<name>Cut</name>"
                + "<media><video><track>" + track + "<enabled>TRUE</enabled><locked>FALSE</locked></track></video>"
                + "</media></sequence></xmeml>";
    }

    private static String clip(String id, double start, double end, double in, double out, String source,
            String filters) {
        return "<clipitem id=\"" + id + "\"><name>" + id + "</name><enabled>TRUE</enabled>" + rate(25, false)
                + "<start>" + number(start) + "</start><end>" + number(end) + "</end><in>" + number(in)
                + "</in><out>" + number(out) + "</out>" + source + filters + "</clipitem>";
    }

    private static String marker(String name, int in, int out) {
        return "<marker><comment></comment><name>" + name + "</name><in>" + in + "</in><out>" + out + "</out></marker>";
    }

    private static void assertSpan(ProjectMarker marker, double start, double end) {
        assertThat(marker.start()).as(marker.name() + " starts").isCloseTo(start, within(1 / 25.0));
        assertThat(marker.end()).as(marker.name() + " ends").isCloseTo(end, within(1 / 25.0));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String transition(int start, int end, String alignment) {
        return "<transitionitem><start>" + start + "</start><end>" + end + "</end><alignment>" + alignment
                + "</alignment>" + rate(25, false) + "<effect><name>Cross Dissolve</name><effectid>Cross Dissolve"
                + "</effectid><effecttype>transition</effecttype><mediatype>video</mediatype></effect>"
                + "</transitionitem>";
    }

    private static String timeremap(double percent, boolean reverse) {
        return "<filter><effect><name>Time Remap</name><effectid>timeremap</effectid><effectcategory>motion"
                + "</effectcategory><effecttype>motion</effecttype><mediatype>video</mediatype>"
                + parameter("variablespeed", "0") + parameter("speed", number(percent))
                + parameter("reverse", reverse ? "TRUE" : "FALSE") + parameter("frameblending", "FALSE")
                + "</effect></filter>";
    }

    private static String parameter(String id, String value) {
        return "<parameter authoringApp=\"PremierePro\"><parameterid>" + id + "</parameterid><name>" + id
                + "</name><value>" + value + "</value></parameter>";
    }

    private static String rate(int timebase, boolean ntsc) {
        return "<rate><timebase>" + timebase + "</timebase><ntsc>" + (ntsc ? "TRUE" : "FALSE") + "</ntsc></rate>";
    }
}
