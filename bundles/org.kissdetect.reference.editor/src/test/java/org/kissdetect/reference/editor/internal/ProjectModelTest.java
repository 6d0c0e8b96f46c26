package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.TimeRange;

class ProjectModelTest {

    private final ProjectModel project = new ProjectModel();
    private final MediaItem movie = project.add(Path.of("/films/a.mp4"), 38);

    static Marker marker(String id, String owner, double start) {
        return new Marker(id, owner, id, "#e53935", "", new TimeRange(start, start + 5));
    }

    @Test
    void eachMovieHasATimelineWithOneClipOfAllOfIt() {
        assertThat(project.timelines()).singleElement().satisfies(timeline -> {
            assertThat(timeline.name()).isEqualTo("a.mp4");
            assertThat(timeline.clips()).singleElement().satisfies(clip -> {
                assertThat(clip.mediaId()).isEqualTo(movie.id());
                assertThat(clip.source()).isEqualTo(new TimeRange(0, 38));
            });
        });
    }

    @Test
    void anEditIsAppliedWholeAndUndoneAndRedoneAsOneStep() throws Exception {
        Marker users = marker("u", "user", 1);
        project.apply(new MarkerEdit("Add", List.of(new MarkerChange(movie.id(), null, users))));
        MarkerEdit replace = new MarkerEdit("Detect", List.of(new MarkerChange(movie.id(), null, marker("k1", "plugin", 10)),
                new MarkerChange(movie.id(), null, marker("k2", "plugin", 20))));

        project.apply(replace);
        assertThat(project.markers(movie.id())).extracting(Marker::id).containsExactly("u", "k1", "k2");
        assertThat(project.undoLabel()).contains("Detect");

        assertThat(project.undo()).contains("Detect");
        assertThat(project.markers(movie.id())).containsExactly(users);
        assertThat(project.redo()).contains("Detect");
        assertThat(project.markers(movie.id())).extracting(Marker::id).containsExactly("u", "k1", "k2");
    }

    @Test
    void aConflictingEditChangesNothingAndAddsNoStep() throws Exception {
        project.apply(new MarkerEdit("Add", List.of(new MarkerChange(movie.id(), null, marker("k1", "plugin", 10)))));
        MarkerEdit stale = new MarkerEdit("Stale", List.of(new MarkerChange(movie.id(), null, marker("k2", "plugin", 20)),
                new MarkerChange(movie.id(), marker("k1", "plugin", 11), null)));

        assertThatThrownBy(() -> project.apply(stale)).isInstanceOf(MarkerConflictException.class)
                .hasMessageContaining("k1");

        assertThat(project.markers(movie.id())).extracting(Marker::id).containsExactly("k1");
        assertThat(project.undoLabel()).contains("Add");
    }

    @Test
    void rejectingADetectedSceneRemovesItsMarkerAndAddsALabelAsOneStep() throws Exception {
        Marker detected = marker("k1", "plugin", 10);
        project.apply(new MarkerEdit("Detect", List.of(new MarkerChange(movie.id(), null, detected))));
        Label rejected = new Label("l1", "plugin", false, detected.range());

        project.applyEdit(new ProjectEdit("Reject: not kissing", List.of(new MarkerChange(movie.id(), detected, null)),
                List.of(new LabelChange(movie.id(), null, rejected))));

        assertThat(project.keepsLabels()).isTrue();
        assertThat(project.markers(movie.id())).isEmpty();
        assertThat(project.labels(movie.id())).containsExactly(rejected);
        assertThat(project.undo()).contains("Reject: not kissing");
        assertThat(project.markers(movie.id())).containsExactly(detected);
        assertThat(project.labels(movie.id())).isEmpty();
        assertThat(project.state().labels().get(movie.id())).isEmpty();
    }

    @Test
    void aLabelEditThatConflictsLeavesTheMarkersAsTheyWereToo() throws Exception {
        Label label = new Label("l1", "plugin", true, new TimeRange(2, 6));
        project.applyEdit(new ProjectEdit("Label", List.of(), List.of(new LabelChange(movie.id(), null, label))));
        ProjectEdit stale = new ProjectEdit("Stale", List.of(new MarkerChange(movie.id(), null,
                marker("k9", "plugin", 20))), List.of(new LabelChange(movie.id(), null, label)));

        assertThatThrownBy(() -> project.applyEdit(stale)).isInstanceOf(MarkerConflictException.class)
                .hasMessageContaining("label id l1 is taken");

        assertThat(project.markers(movie.id())).isEmpty();
        assertThat(project.labels(movie.id())).containsExactly(label);
    }

    @Test
    void anIdIsTakenProjectWideAndAMissingMovieIsAConflict() throws Exception {
        MediaItem other = project.add(Path.of("/films/b.mp4"), 10);
        project.apply(new MarkerEdit("Add", List.of(new MarkerChange(movie.id(), null, marker("k1", "plugin", 1)))));

        assertThatThrownBy(() -> project.apply(new MarkerEdit("Again", List.of(
                new MarkerChange(other.id(), null, marker("k1", "plugin", 1)))))).hasMessageContaining("k1 is taken");
        assertThatThrownBy(() -> project.apply(new MarkerEdit("Gone", List.of(
                new MarkerChange("media-99", null, marker("k9", "plugin", 1)))))).hasMessageContaining("media-99");
    }

    @Test
    void listenersHearOfChangesAndAnEmptyEditIsNoStep() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        project.addListener(changes::incrementAndGet);

        project.apply(new MarkerEdit("Nothing", List.of()));
        assertThat(project.undoLabel()).isEmpty();
        project.apply(new MarkerEdit("Add", List.of(new MarkerChange(movie.id(), null, marker("k1", "plugin", 1)))));

        assertThat(changes).hasValue(1);
        assertThat(project.undo()).contains("Add");
        assertThat(project.undo()).isEmpty();
    }

    @Test
    void loadingReplacesEverythingAndKeepsNewIdsUnique() {
        project.load(new ProjectState("Loaded", List.of(new MediaEntry(new MediaItem("media-7", "x.mp4", Path.of("/x.mp4")), 5)),
                Map.of("media-7", List.of(marker("k", "user", 0)))), Path.of("/p.json"));

        assertThat(project.name()).isEqualTo("Loaded");
        assertThat(project.markers("media-7")).hasSize(1);
        assertThat(project.add(Path.of("/y.mp4"), 3).id()).isEqualTo("media-8");
        assertThat(project.file()).contains(Path.of("/p.json"));
    }

    @Test
    void anyChangeSinceTheLastSaveOrLoadMakesTheProjectModified() throws Exception {
        assertThat(project.isModified()).as("an import is a change").isTrue();
        project.saved(project.changeCount());
        assertThat(project.isModified()).isFalse();

        project.apply(new MarkerEdit("Add", List.of(new MarkerChange(movie.id(), null, marker("k1", "user", 1)))));
        assertThat(project.isModified()).isTrue();
        project.saved(project.changeCount());
        project.undo();
        assertThat(project.isModified()).as("an undo is a change").isTrue();
        project.saved(project.changeCount());
        project.redo();
        assertThat(project.isModified()).as("a redo is a change").isTrue();

        project.load(new ProjectState("Loaded", List.of(), Map.of()), Path.of("/p.json"));
        assertThat(project.isModified()).as("just loaded").isFalse();
        project.undo();
        assertThat(project.isModified()).as("nothing to undo changes nothing").isFalse();
    }

    @Test
    void aChangeMadeWhileSavingStillCounts() throws Exception {
        long beforeWriting = project.changeCount();
        project.apply(new MarkerEdit("Add", List.of(new MarkerChange(movie.id(), null, marker("k1", "user", 1)))));
        project.saved(beforeWriting);
        assertThat(project.isModified()).isTrue();
    }

    @Test
    void aPluginsUndoableChangeIsAStepOfTheHistoryUndoneAndRedoneLikeAnEdit() throws Exception {
        java.util.List<String> calls = new java.util.ArrayList<>();
        org.kissdetect.nle.sdk.project.UndoableChange change = new org.kissdetect.nle.sdk.project.UndoableChange() {
            @Override
            public String label() {
                return "Use model kissing-reel-v2";
            }

            @Override
            public void apply() {
                calls.add("apply");
            }

            @Override
            public void revert() {
                calls.add("revert");
            }
        };

        assertThat(project.keepsUndoableChanges()).isTrue();
        project.perform(change);
        assertThat(project.undoLabel()).contains("Use model kissing-reel-v2");
        assertThat(project.undo()).contains("Use model kissing-reel-v2");
        assertThat(project.redo()).contains("Use model kissing-reel-v2");
        assertThat(calls).containsExactly("apply", "revert", "apply");
    }

    @Test
    void aChangeThatCannotBeMadeLeavesNoStep() {
        org.kissdetect.nle.sdk.project.UndoableChange failing = new org.kissdetect.nle.sdk.project.UndoableChange() {
            @Override
            public String label() {
                return "Use model x";
            }

            @Override
            public void apply() throws Exception {
                throw new java.io.IOException("read-only preferences");
            }

            @Override
            public void revert() {
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> project.perform(failing))
                .hasMessageContaining("read-only");
        assertThat(project.undoLabel()).isEmpty();
    }
}
