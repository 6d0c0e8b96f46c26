package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.TimeRange;

class ProjectFileTest {

    @TempDir
    Path folder;

    private final ProjectState state = new ProjectState("Film night",
            List.of(new MediaEntry(new MediaItem("media-1", "a.mp4", Path.of("/films/a.mp4")), 38.5)),
            Map.of("media-1", List.of(ProjectModelTest.marker("k1", "org.kissdetect.editor", 3),
                    ProjectModelTest.marker("u1", "user", 20))));

    @Test
    void aSavedProjectReadsBackTheSame() throws Exception {
        Path file = folder.resolve("night.json");

        ProjectFile.write(state, file);

        assertThat(ProjectFile.read(file)).isEqualTo(state);
        assertThat(Files.readString(file)).contains("\"format\" : \"kissdetect-reference-editor\"");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void labelsAreSavedApartFromMarkersAndReadBack() throws Exception {
        Path file = folder.resolve("labelled.json");
        ProjectState labelled = new ProjectState(state.name(), state.media(), state.markers(), Map.of("media-1",
                List.of(new Label("l1", "org.kissdetect.editor", true, new TimeRange(4, 9.5)),
                        new Label("l2", "org.kissdetect.editor", false, new TimeRange(12, 20)))));

        ProjectFile.write(labelled, file);

        assertThat(ProjectFile.read(file)).isEqualTo(labelled);
        assertThat(Files.readString(file)).contains("\"kind\" : \"kissing\"").contains("\"kind\" : \"not kissing\"");
    }

    @Test
    void aLabelOfAnotherKindIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(folder.resolve("d.json"), "{\"format\":\"kissdetect-reference-editor\","
                + "\"version\":1,\"media\":[{\"id\":\"m\",\"name\":\"a\",\"file\":\"/a.mp4\",\"duration\":3,"
                + "\"markers\":[],\"labels\":[{\"id\":\"l\",\"owner\":\"o\",\"kind\":\"maybe\",\"start\":0,"
                + "\"end\":1}]}]}");

        assertThatThrownBy(() -> ProjectFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining("d.json")
                .hasMessageContaining("kind maybe");
    }

    @Test
    void aFailedSaveLeavesWhatWasThereAndNoTemporaryFile() throws Exception {
        Path taken = Files.createDirectories(folder.resolve("night.json"));
        Files.writeString(taken.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> ProjectFile.write(state, taken)).isInstanceOf(IOException.class);

        assertThat(Files.readString(taken.resolve("keep.txt"))).isEqualTo("kept");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedSayingWhy() throws IOException {
        Path notJson = Files.writeString(folder.resolve("a.json"), "not json");
        Path otherJson = Files.writeString(folder.resolve("b.json"), "{\"format\":\"otio\"}");
        Path badMarker = Files.writeString(folder.resolve("c.json"), "{\"format\":\"kissdetect-reference-editor\",\"version\":1,"
                + "\"media\":[{\"id\":\"m\",\"name\":\"a\",\"file\":\"/a.mp4\",\"duration\":3,\"markers\":[{\"id\":\"k\","
                + "\"owner\":\"o\",\"name\":\"n\",\"colour\":\"red\",\"start\":0,\"end\":1}]}]}");

        assertThatThrownBy(() -> ProjectFile.read(notJson)).isInstanceOf(IOException.class).hasMessageContaining("a.json is not a project file");
        assertThatThrownBy(() -> ProjectFile.read(otherJson)).hasMessageContaining("not a kissdetect-reference-editor project (format: otio)");
        assertThatThrownBy(() -> ProjectFile.read(badMarker)).hasMessageContaining("impossible project")
                .hasMessageContaining("#rrggbb");
    }
}
