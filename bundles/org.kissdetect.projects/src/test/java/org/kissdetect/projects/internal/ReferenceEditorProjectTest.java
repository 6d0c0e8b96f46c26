package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.projects.ProjectMarker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** The reference editor's projects: media with markers in media time, the plugin's markers replaced, the rest kept. */
class ReferenceEditorProjectTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void eachMediaIsAClipOfTheWholeFileAndItsMarkersAreClipMarkers() throws Exception {
        EditorProject project = new ReferenceEditorProjectFormat().read(project());

        assertThat(project.clips()).hasSize(2);
        assertThat(project.clips().get(0).media()).isEqualTo(ProjectFixture.filmA(folder));
        assertThat(project.clips().get(0).sourceOut()).isCloseTo(120, within(1e-9));
        List<ProjectMarker> markers = project.markers();
        assertThat(markers).hasSize(2);
        assertThat(markers.get(0).name()).isEqualTo("kissing");
        assertThat(markers.get(0).addedByKissDetector()).isFalse();
        assertThat(markers.get(0).clip().media()).isEqualTo(ProjectFixture.filmA(folder));
        assertThat(markers.get(1).addedByKissDetector()).as("the plugin's detection").isTrue();
    }

    @Test
    void scenesReplaceThePluginsMarkersAndEverythingElseIsKept() throws Exception {
        Path file = project();
        EditorProject project = new ReferenceEditorProjectFormat().read(file);

        JsonNode annotated = JSON.readTree(ProjectFixture.annotated(project, ProjectFixture.scenes(folder)));

        ArrayNode markers = (ArrayNode) annotated.at("/media/0/markers");
        assertThat(markers).hasSize(3).as("the user's label, then a.mp4's two scenes");
        assertThat(markers.get(0).path("name").asText()).isEqualTo("kissing");
        assertThat(markers.get(1).path("owner").asText()).isEqualTo("org.kissdetect.editor");
        assertThat(markers.get(1).path("start").asDouble()).isCloseTo(10, within(1e-9));
        assertThat(markers.get(1).path("end").asDouble()).isCloseTo(25, within(1e-9));
        assertThat(annotated.at("/media/1/markers")).as("b.mov's scene").hasSize(1);
        assertThat(annotated.at("/media/1/markers/0/start").asDouble()).isCloseTo(30, within(1e-9));
        JsonNode original = JSON.readTree(file.toFile());
        markers.remove(2);
        markers.remove(1);
        ((ArrayNode) original.at("/media/0/markers")).remove(1);
        ((ArrayNode) annotated.at("/media/1/markers")).removeAll();
        assertThat(annotated).isEqualTo(original);
    }

    @Test
    void aFileOfAnotherFormatOrVersionIsRefusedByName() throws Exception {
        Path other = Files.writeString(folder.resolve("p.json"),
                "{\"format\": \"kissdetect-reference-editor\", \"version\": 2, \"media\": []}");

        assertThatThrownBy(() -> new ReferenceEditorProjectFormat().read(other)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("p.json").hasMessageContaining("version 2");
    }

    private Path project() throws Exception {
        Files.createDirectories(folder.resolve("films"));
        return Files.writeString(folder.resolve("project.json"), """
                {
                  "format" : "kissdetect-reference-editor",
                  "version" : 1,
                  "name" : "My cut",
                  "media" : [ {
                    "id" : "m1",
                    "name" : "a.mp4",
                    "file" : "films/a.mp4",
                    "duration" : 120.0,
                    "markers" : [ {
                      "id" : "k1", "owner" : "user", "name" : "kissing", "colour" : "green", "comment" : "",
                      "start" : 10.0, "end" : 25.0
                    }, {
                      "id" : "d1", "owner" : "org.kissdetect.editor", "name" : "Kissing scene 1", "colour" : "red",
                      "comment" : "kissing 10-24 s", "start" : 10.0, "end" : 25.0
                    } ]
                  }, {
                    "id" : "m2",
                    "name" : "b.mov",
                    "file" : "%s",
                    "duration" : 0.0,
                    "markers" : [ ]
                  } ]
                }
                """.formatted(ProjectFixture.filmB(folder)));
    }
}
