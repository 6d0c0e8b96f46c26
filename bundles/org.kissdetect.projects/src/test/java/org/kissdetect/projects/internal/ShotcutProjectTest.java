package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectClip;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A Shotcut 22.12 project (chains, clock times, a sound track, a marker of the user's) read and annotated. */
class ShotcutProjectTest {

    private static final String OURS = "//properties[@name='shotcut:markers']/properties[contains(property[@name='text'],"
            + "'(Kiss Detector)')]";

    @TempDir
    Path folder;

    @Test
    void theVideoTracksClipsAreReadInSourceAndTimelineTime() throws Exception {
        EditorProject project = new ShotcutProjectFormat().read(ProjectFixture.project(folder, "shotcut.mlt"));

        List<ProjectClip> clips = project.clips();
        assertThat(clips).as("the sound track's clip is left out").hasSize(3);
        assertThat(clips.get(0).media()).isEqualTo(ProjectFixture.filmA(folder));
        assertThat(clips.get(0).sourceIn()).isCloseTo(5, within(1e-9));
        assertThat(clips.get(0).sourceOut()).isCloseTo(35, within(1e-9));
        assertThat(clips.get(1).timelineStart()).isCloseTo(50, within(1e-9));
        assertThat(clips.get(2).media()).isEqualTo(ProjectFixture.filmB(folder));
        assertThat(clips.get(2).timelineStart()).isCloseTo(90, within(1e-9));
    }

    @Test
    void theUsersMarkersAreReadAsTimelineSpans() throws Exception {
        var markers = new ShotcutProjectFormat().read(ProjectFixture.project(folder, "shotcut.mlt")).markers();

        assertThat(markers).hasSize(1);
        assertThat(markers.get(0).name()).isEqualTo("Director's note");
        assertThat(markers.get(0).colour()).isEqualTo("#008000");
        assertThat(markers.get(0).start()).isCloseTo(2, within(1e-9));
        assertThat(markers.get(0).end()).as("its last frame included").isCloseTo(2.04, within(1e-9));
    }

    @Test
    void scenesAreMarkedWhereTheyShowOnTheTimelineAndNothingElseChanges() throws Exception {
        Path file = ProjectFixture.project(folder, "shotcut.mlt");
        EditorProject project = new ShotcutProjectFormat().read(file);

        Document annotated = XmlProjects.parse(ProjectFixture.annotated(project, ProjectFixture.scenes(folder)));

        List<Element> markers = XmlProjects.elements(annotated, OURS);
        assertThat(markers).hasSize(3);
        for (int i = 0; i < markers.size(); i++) {
            double start = Long.parseLong(XmlProjects.value(markers.get(i), "property[@name='start']")) / 25.0;
            double lastFrame = Long.parseLong(XmlProjects.value(markers.get(i), "property[@name='end']")) / 25.0;
            assertThat(start).isCloseTo(ProjectFixture.TIMELINE_SCENES[i][0], within(1 / 25.0));
            assertThat(lastFrame + 1 / 25.0).isCloseTo(ProjectFixture.TIMELINE_SCENES[i][1], within(1 / 25.0));
        }
        assertThat(XmlProjects.value(annotated, "//properties[@name='shotcut:markers']/properties[1]/property[@name='text']"))
                .isEqualTo("Director's note");
        assertThat(XmlProjects.sameExcept(XmlProjects.parse(file), annotated,
                element -> element.getTagName().equals("properties")
                        && XmlProjects.value(element, "property[@name='text']").contains("(Kiss Detector)")))
                .isTrue();
    }

    @Test
    void aScenesEdgesMoveToTheShotCutsOfItsMedia() throws Exception {
        Path file = ProjectFixture.project(folder, "shotcut.mlt");
        var scenes = new java.util.HashMap<>(ProjectFixture.scenes(folder));
        var a = scenes.get(ProjectFixture.filmA(folder));
        scenes.put(ProjectFixture.filmA(folder), new org.kissdetect.api.projects.MediaScenes(
                a.media().withShotCuts(List.of(9.8, 25.52)), a.scenes(), a.modelId()));

        Document annotated = XmlProjects.parse(ProjectFixture.annotated(new ShotcutProjectFormat().read(file), scenes));

        Element first = XmlProjects.elements(annotated, OURS).get(0);
        assertThat(XmlProjects.value(first, "property[@name='start']")).as("a.mp4's 9.8 s at 5 s into clip 1")
                .isEqualTo("120");
        assertThat(XmlProjects.value(first, "property[@name='end']")).as("25.52 s, its last frame before")
                .isEqualTo("512");
    }

    @Test
    void annotatingAgainReplacesTheMarkersItAddedBefore() throws Exception {
        Path file = ProjectFixture.project(folder, "shotcut.mlt");
        Path once = folder.resolve("once.mlt");
        java.nio.file.Files.writeString(once,
                ProjectFixture.annotated(new ShotcutProjectFormat().read(file), ProjectFixture.scenes(folder)));

        Document twice = XmlProjects.parse(ProjectFixture.annotated(new ShotcutProjectFormat().read(once),
                ProjectFixture.scenes(folder)));

        assertThat(XmlProjects.elements(twice, OURS)).hasSize(3);
        assertThat(XmlProjects.elements(twice, "//properties[@name='shotcut:markers']/properties")).hasSize(4);
    }
}
