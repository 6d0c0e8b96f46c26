package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.TimeRange;

class MarkerRowTest {

    private final ProjectModel project = new ProjectModel();
    private final MediaItem movie = project.add(Path.of("/films/a.mp4"), 120);
    private final Marker scene = new Marker("k1", "plugin", "Kissing 1", "#00acc1", "", new TimeRange(12.5, 20));
    private final Label rejected = new Label("l1", "plugin", false, new TimeRange(30, 41));
    private final Label kissing = new Label("l2", "plugin", true, new TimeRange(12.5, 14));

    @Test
    void rowsListMarkersAndLabelsByStartWithTimesInTheMediasTimecode() {
        List<MarkerRow> rows = MarkerRow.of(movie.id(), List.of(scene), List.of(rejected, kissing),
                MediaTimecode.of("25/1", "10:00:00:00"));

        assertThat(rows).extracting(MarkerRow::kind, MarkerRow::name, MarkerRow::start, MarkerRow::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("marker", "Kissing 1", "10:00:12:12", "10:00:20:00"),
                org.assertj.core.groups.Tuple.tuple("label kissing", "", "10:00:12:12", "10:00:14:00"),
                org.assertj.core.groups.Tuple.tuple("label not kissing", "", "10:00:30:00", "10:00:41:00"));
    }

    @Test
    void renamingAndDeletingAreUndoableSteps() throws Exception {
        project.applyEdit(new ProjectEdit("Detect", List.of(new MarkerChange(movie.id(), null, scene)),
                List.of(new LabelChange(movie.id(), null, rejected))));
        List<MarkerRow> rows = MarkerRow.of(movie.id(), project.markers(movie.id()), project.labels(movie.id()),
                MediaTimecode.UNKNOWN);

        project.applyEdit(rows.get(0).renaming("First kiss"));
        assertThat(project.markers(movie.id())).singleElement().satisfies(marker -> {
            assertThat(marker.name()).isEqualTo("First kiss");
            assertThat(marker.id()).isEqualTo("k1");
            assertThat(marker.range()).isEqualTo(scene.range());
        });
        assertThat(project.undoLabel()).contains("Rename marker Kissing 1 to First kiss");

        project.applyEdit(rows.get(1).deletion());
        assertThat(project.labels(movie.id())).isEmpty();
        assertThat(project.undo()).contains("Delete label");
        assertThat(project.labels(movie.id())).containsExactly(rejected);
        assertThat(project.undo()).contains("Rename marker Kissing 1 to First kiss");
        assertThat(project.markers(movie.id())).containsExactly(scene);

        project.applyEdit(rows.get(0).deletion());
        assertThat(project.markers(movie.id())).isEmpty();
        assertThat(project.undoLabel()).contains("Delete marker Kissing 1");
    }
}
