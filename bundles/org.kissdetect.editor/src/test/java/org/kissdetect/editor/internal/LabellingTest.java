package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.TimeRange;

/** The labelling actions: what they change in one undoable step, and when they cannot run. */
class LabellingTest {

    private static final MediaItem MOVIE = Fixtures.MOVIE;
    private static final Marker DETECTED = new Marker("org.kissdetect.editor/m1/5-14", SceneMarkers.OWNER,
            "Kissing scene 1", "#e53935", "", new TimeRange(5, 15));
    private static final Marker USERS = new Marker("u1", "user", "Reel change", "#ffffff", "", new TimeRange(3, 4));

    private final LabelledProject project = new LabelledProject(true);

    @Test
    void labellingASelectionReplacesThePluginsLabelsItOverlaps() {
        new LabelKissingAction().execute(selection(project, 10, 20));
        new LabelNotKissingAction().execute(selection(project, 18, 30));

        assertThat(project.labels).singleElement().satisfies(label -> {
            assertThat(label.positive()).isFalse();
            assertThat(label.range()).isEqualTo(new TimeRange(18, 30));
            assertThat(label.owner()).isEqualTo(SceneMarkers.OWNER);
        });
        assertThat(project.edits).extracting(ProjectEdit::label)
                .containsExactly("Label selection as kissing", "Label selection as not kissing");
    }

    @Test
    void rejectingASceneRemovesItsMarkerAndLabelsItNotKissingInOneStep() {
        project.markers.add(DETECTED);

        new RejectSceneAction().execute(onMarker(project, DETECTED));

        assertThat(project.edits).singleElement().satisfies(edit -> {
            assertThat(edit.label()).isEqualTo("Reject: not kissing");
            assertThat(edit.markers()).containsExactly(new MarkerChange(MOVIE.id(), DETECTED, null));
        });
        assertThat(project.markers).isEmpty();
        assertThat(project.labels).singleElement().satisfies(label -> {
            assertThat(label.positive()).isFalse();
            assertThat(label.range()).isEqualTo(DETECTED.range());
        });
    }

    @Test
    void confirmingASceneKeepsItsMarkerAndLabelsItKissing() {
        project.markers.add(DETECTED);

        new ConfirmSceneAction().execute(onMarker(project, DETECTED));

        assertThat(project.markers).containsExactly(DETECTED);
        assertThat(project.labels).singleElement().satisfies(label -> assertThat(label.positive()).isTrue());
    }

    @Test
    void aLabelRemovesTheReviewMarkersItCoversInTheSameStep() {
        Marker covered = ReviewMarkers.markers(MOVIE, List.of(new org.kissdetect.api.teach.UncertainSpan(12, 16, 0.5,
                0.01)), 0.5).get(0);
        Marker elsewhere = ReviewMarkers.markers(MOVIE, List.of(new org.kissdetect.api.teach.UncertainSpan(40, 44,
                0.45, 0.05)), 0.5).get(0);
        project.markers.addAll(List.of(covered, elsewhere, USERS));

        new LabelKissingAction().execute(selection(project, 10, 20));

        assertThat(project.markers).containsExactlyInAnyOrder(elsewhere, USERS);
        assertThat(project.edits).singleElement().satisfies(edit -> assertThat(edit.labels()).hasSize(1));
        assertThat(SceneMarkers.owned(covered)).as("a review marker is no detected scene").isFalse();
    }

    @Test
    void eachActionSaysWhyItCannotRun() {
        assertThat(new LabelKissingAction().enablement(selection(new LabelledProject(false), 1, 2)).reason())
                .isEqualTo("this editor keeps no labels");
        assertThat(new LabelKissingAction().enablement(new ActionContext(project, List.of(MOVIE), List.of()))
                .reason()).isEqualTo("select a span of the timeline first");
        assertThat(new RejectSceneAction().enablement(onMarker(project, USERS)).reason())
                .isEqualTo("open the menu on a detected scene's marker");
        assertThat(new ConfirmSceneAction().enablement(onMarker(project, DETECTED)).enabled()).isTrue();
    }

    private static ActionContext selection(Project project, double start, double end) {
        return new ActionContext(project, List.of(MOVIE), List.of(), new TimeRange(start, end), null);
    }

    private static ActionContext onMarker(Project project, Marker marker) {
        return new ActionContext(project, List.of(MOVIE), List.of(), null, marker);
    }
}
