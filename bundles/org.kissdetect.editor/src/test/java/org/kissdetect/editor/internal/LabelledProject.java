package org.kissdetect.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.Timeline;
import org.kissdetect.nle.sdk.project.UndoableChange;

/** A host of one movie that keeps labels (or not), applying edits as the SDK says and keeping undoable changes. */
final class LabelledProject implements Project {
    final List<Marker> markers = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final List<ProjectEdit> edits = new ArrayList<>();
    final List<UndoableChange> performed = new ArrayList<>();
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
        return List.of(Fixtures.MOVIE);
    }

    @Override
    public Optional<MediaItem> media(String id) {
        return Optional.of(Fixtures.MOVIE).filter(item -> item.id().equals(id));
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

    @Override
    public boolean keepsUndoableChanges() {
        return true;
    }

    @Override
    public void perform(UndoableChange change) throws Exception {
        change.apply();
        performed.add(change);
    }
}
