package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Kdenlive 22.12 project (a bin, track tractors, an audio track, clock times, a guide of the user's, the default
 * guide categories) read and annotated with timeline guides.
 */
class KdenliveProjectTest {

    private static final String GUIDES = "kdenlive:docproperties.guides";
    private static final String CATEGORIES = "kdenlive:docproperties.guidesCategories";
    private static final String USERS_ROOT = "/home/maria/Videos/Holiday";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theGuidesAreReadAsPointsInTheColourOfTheirCategory() throws Exception {
        List<org.kissdetect.api.projects.ProjectMarker> markers = new KdenliveProjectFormat().read(project()).markers();

        assertThat(markers).hasSize(1);
        assertThat(markers.get(0).clip()).as("a guide belongs to the timeline").isNull();
        assertThat(markers.get(0).point()).isTrue();
        assertThat(markers.get(0).colour()).startsWith("#");
    }

    @Test
    void theVideoTracksClipsAreReadInSourceAndTimelineTimeFromTheProjectsRoot() throws Exception {
        EditorProject project = new KdenliveProjectFormat().read(project());

        List<ProjectClip> clips = project.clips();
        assertThat(clips).as("the audio track's clip is left out").hasSize(3);
        assertThat(clips.get(0).media()).isEqualTo(ProjectFixture.filmA(folder));
        assertThat(clips.get(0).sourceIn()).isCloseTo(5, within(1e-9));
        assertThat(clips.get(0).sourceOut()).isCloseTo(35, within(1e-9));
        assertThat(clips.get(0).timelineStart()).isCloseTo(0, within(1e-9));
        assertThat(clips.get(1).sourceIn()).isCloseTo(60, within(1e-9));
        assertThat(clips.get(1).timelineStart()).isCloseTo(50, within(1e-9));
        assertThat(clips.get(2).media()).isEqualTo(ProjectFixture.filmB(folder));
        assertThat(clips.get(2).sourceIn()).isCloseTo(25, within(1e-9));
        assertThat(clips.get(2).timelineStart()).isCloseTo(90, within(1e-9));
    }

    @Test
    void oneGuideAScenePointsAtItsStartInACategoryOfItsOwnAndNothingElseChanges() throws Exception {
        Path file = project();
        EditorProject project = new KdenliveProjectFormat().read(file);
        Document original = XmlProjects.parse(file);

        String written = ProjectFixture.annotated(project, ProjectFixture.scenes(folder));
        Document annotated = XmlProjects.parse(written);

        JsonNode guides = json(annotated, GUIDES);
        assertThat(guides).hasSize(4);
        assertThat(guides.get(0)).as("the user's guide").isEqualTo(json(original, GUIDES).get(0));
        String[] comments = {"Kissing scene 1 (15 s) (Kiss Detector)", "Kissing scene 2 (20 s) (Kiss Detector)",
            "Kissing scene 1 (15 s) (Kiss Detector)"};
        for (int i = 0; i < 3; i++) {
            JsonNode guide = guides.get(i + 1);
            assertThat(guide.get("pos").asLong() / 25.0).isCloseTo(ProjectFixture.TIMELINE_SCENES[i][0],
                    within(1 / 25.0));
            assertThat(guide.get("comment").asText()).isEqualTo(comments[i]);
            assertThat(guide.get("type").asInt()).isEqualTo(9);
        }
        JsonNode categories = json(annotated, CATEGORIES);
        JsonNode before = json(original, CATEGORIES);
        assertThat(categories).hasSize(10);
        for (int i = 0; i < before.size(); i++) {
            assertThat(categories.get(i)).isEqualTo(before.get(i));
        }
        assertThat(categories.get(9)).isEqualTo(JSON.readTree(
                "{\"color\": \"#e53935\", \"comment\": \"Kissing scene\", \"index\": 9}"));
        assertThat(written).as("written as Qt indents JSON").contains("\"comment\": \"Kissing scene\",\n");

        blank(original, GUIDES, CATEGORIES);
        blank(annotated, GUIDES, CATEGORIES);
        assertThat(XmlProjects.sameExcept(original, annotated, element -> false)).isTrue();
    }

    @Test
    void annotatingAgainReplacesTheGuidesItAddedAndReusesItsCategory() throws Exception {
        Path file = project();
        Path once = folder.resolve("once.kdenlive");
        Files.writeString(once,
                ProjectFixture.annotated(new KdenliveProjectFormat().read(file), ProjectFixture.scenes(folder)));

        EditorProject annotatedOnce = new KdenliveProjectFormat().read(once);
        String twice = ProjectFixture.annotated(annotatedOnce, ProjectFixture.scenes(folder));

        assertThat(json(XmlProjects.parse(twice), GUIDES)).isEqualTo(json(XmlProjects.parse(once), GUIDES));
        assertThat(json(XmlProjects.parse(twice), CATEGORIES)).hasSize(10);
        assertThat(ProjectFixture.annotated(annotatedOnce, ProjectFixture.scenes(folder)))
                .as("the project read is left as read").isEqualTo(twice);
    }

    @Test
    void aCategoryOfTheStylesNameIsUsedAsTheUserLeftIt() throws Exception {
        Path file = project("\"Category 5\"", "\"Kissing scene\"");
        Document original = XmlProjects.parse(file);

        Document annotated = XmlProjects.parse(
                ProjectFixture.annotated(new KdenliveProjectFormat().read(file), ProjectFixture.scenes(folder)));

        assertThat(json(annotated, CATEGORIES)).isEqualTo(json(original, CATEGORIES));
        assertThat(json(annotated, GUIDES).get(1).get("type").asInt()).isEqualTo(4);
    }

    @Test
    void withoutCategoriesKdenlivesDefaultsAreWrittenWithTheNewOne() throws Exception {
        String text = resource();
        int start = text.indexOf("  <property name=\"" + CATEGORIES + "\">");
        int end = text.indexOf("</property>\n", start) + "</property>\n".length();
        Path file = write(text.substring(0, start) + text.substring(end));
        Document original = XmlProjects.parse(file);

        Document annotated = XmlProjects.parse(
                ProjectFixture.annotated(new KdenliveProjectFormat().read(file), ProjectFixture.scenes(folder)));

        JsonNode categories = json(annotated, CATEGORIES);
        assertThat(categories).hasSize(10);
        assertThat(categories.get(2).get("comment").asText()).as("the user's guide's category").isEqualTo(
                "Category 3");
        assertThat(categories.get(9).get("comment").asText()).isEqualTo("Kissing scene");
        assertThat(XmlProjects.value(annotated, "//property[@name='" + GUIDES + "']/following-sibling::property[1]"
                + "/@name")).as("in name order, as Kdenlive writes them").isEqualTo(CATEGORIES);
        blank(original, GUIDES);
        blank(annotated, GUIDES);
        assertThat(XmlProjects.sameExcept(original, annotated,
                element -> element.getAttribute("name").equals(CATEGORIES))).isTrue();
    }

    @Test
    void aGuideOnTheUsersFrameMovesToTheScenesNextFrame() throws Exception {
        Path file = project("\"pos\": 50,", "\"pos\": 125,");

        Document annotated = XmlProjects.parse(
                ProjectFixture.annotated(new KdenliveProjectFormat().read(file), ProjectFixture.scenes(folder)));

        JsonNode guides = json(annotated, GUIDES);
        assertThat(guides.get(0).get("comment").asText()).isEqualTo("Director's note");
        assertThat(guides.get(0).get("pos").asLong()).isEqualTo(125);
        assertThat(guides.get(1).get("pos").asLong()).isEqualTo(126);
    }

    @Test
    void malformedProjectsAreRefusedWithTheReason() throws Exception {
        KdenliveProjectFormat format = new KdenliveProjectFormat();
        Path broken = write("<mlt><playlist id=\"main_bin\">");
        Path notMlt = write("<kdenlivetitle/>");
        Path noBin = write("<mlt><tractor id=\"t\"/></mlt>");
        Path badGuides = write(resource().replace("\"pos\": 50,", "\"pos\": 50"));
        Path badLength = write(resource().replace("<blank length=\"00:00:20.000\"/>", "<blank length=\"soon\"/>"));

        assertThatThrownBy(() -> format.read(broken)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> format.read(notMlt)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("<kdenlivetitle>");
        assertThatThrownBy(() -> format.read(noBin)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("no main_bin playlist");
        assertThatThrownBy(() -> format.read(badGuides)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(GUIDES).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> format.read(badLength)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("soon");
    }

    @Test
    void kdenliveFilesAreRecognizedByNameAndContent() {
        KdenliveProjectFormat format = new KdenliveProjectFormat();
        assertThat(format.recognizes(Path.of("trip.kdenlive"), "<?xml version='1.0'?>\n<mlt LC_NUMERIC=\"C\">"))
                .isTrue();
        assertThat(format.recognizes(Path.of("trip.mlt"), "<mlt>")).isFalse();
        assertThat(format.recognizes(Path.of("trip.kdenlive"), "{\"otio\": 1}")).isFalse();
    }

    /** The test project, its root the test's folder, with one text replaced by another. */
    private Path project(String... replacement) throws Exception {
        String text = resource();
        if (replacement.length == 2) {
            assertThat(text).contains(replacement[0]);
            text = text.replace(replacement[0], replacement[1]);
        }
        return write(text);
    }

    private String resource() throws Exception {
        try (InputStream in = KdenliveProjectTest.class.getResourceAsStream("kdenlive.kdenlive")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(USERS_ROOT,
                    folder.toAbsolutePath().toString());
        }
    }

    private Path write(String text) throws Exception {
        Files.createDirectories(folder.resolve("films"));
        Path file = Files.createTempFile(folder, "project", ".kdenlive");
        Files.writeString(file, text);
        return file;
    }

    private static JsonNode json(Document document, String property) throws Exception {
        return JSON.readTree(XmlProjects.value(document, "//playlist[@id='main_bin']/property[@name='" + property
                + "']"));
    }

    private static void blank(Document document, String... properties) throws Exception {
        for (String property : properties) {
            for (Element element : XmlProjects.elements(document, "//property[@name='" + property + "']")) {
                element.setTextContent("");
            }
        }
    }
}
