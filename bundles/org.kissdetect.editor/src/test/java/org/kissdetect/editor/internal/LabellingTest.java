package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.nle.sdk.project.Timeline;

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

    /** A host of one movie that keeps labels (or not), applying edits as the SDK says. */
    private static final class LabelledProject implements Project {
        final List<Marker> markers = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        final List<ProjectEdit> edits = new ArrayList<>();
        private final boolean keepsLabels;

        LabelledProject(boolean keepsLabels) {
            this.keepsLabels = keepsLabels;
        }

        @Override
        public String name() {
            return "labels";
        }

        @Override
        public List<MediaItem> media() {
            return List.of(MOVIE);
        }

        @Override
        public Optional<MediaItem> media(String id) {
            return Optional.of(MOVIE).filter(item -> item.id().equals(id));
        }

        @Override
        public List<Timeline> timelines() {
            return List.of();
        }

        @Override
        public List<Marker> markers(String mediaId) {
            return List.copyOf(markers);
        }

        @Override
        public void apply(MarkerEdit edit) {
            applyEdit(ProjectEdit.of(edit));
        }

        @Override
        public boolean keepsLabels() {
            return keepsLabels;
        }

        @Override
        public List<Label> labels(String mediaId) {
            return List.copyOf(labels);
        }

        @Override
        public void applyEdit(ProjectEdit edit) {
            for (MarkerChange change : edit.markers()) {
                markers.remove(change.before());
                if (change.after() != null) {
                    markers.add(change.after());
                }
            }
            for (LabelChange change : edit.labels()) {
                labels.remove(change.before());
                if (change.after() != null) {
                    labels.add(change.after());
                }
            }
            edits.add(edit);
        }
    }
}
