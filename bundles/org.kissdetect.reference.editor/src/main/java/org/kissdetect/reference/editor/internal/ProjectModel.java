package org.kissdetect.reference.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.kissdetect.nle.sdk.project.Clip;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.UndoableChange;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.nle.sdk.project.Timeline;
import org.osgi.service.component.annotations.Component;

/**
 * The editor's one open project, registered as the SDK's {@link Project}: media items, one timeline per item
 * holding one clip of all of it, markers, labels, and the undo history of their edits. Thread-safe; listeners hear of
 * every change on the thread that made it.
 */
@Component(service = {Project.class, ProjectModel.class})
public final class ProjectModel implements Project {

    private final List<MediaEntry> media = new ArrayList<>();
    private final SpanStore<Marker> markers = new SpanStore<>("marker", Marker::id,
            Comparator.comparingDouble((Marker m) -> m.range().start()).thenComparing(Marker::name));
    private final SpanStore<Label> labels = new SpanStore<>("label", Label::id,
            Comparator.comparingDouble((Label l) -> l.range().start()).thenComparing(Label::id));
    private final EditHistory history = new EditHistory();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String name = "Untitled";
    private Path file;
    private int nextId = 1;
    /** Counts the changes made to the project (imports, edits, undos, redos), to tell whether it was saved since. */
    private long changes;
    private long savedChanges;

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    MediaItem add(Path movie, double durationSeconds) {
        MediaItem item;
        synchronized (this) {
            item = new MediaItem("media-" + nextId++, movie.getFileName().toString(), movie);
            media.add(new MediaEntry(item, durationSeconds));
            changes++;
        }
        changed();
        return item;
    }

    synchronized List<MediaEntry> entries() {
        return List.copyOf(media);
    }

    synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public synchronized String name() {
        return name;
    }

    @Override
    public synchronized List<MediaItem> media() {
        return media.stream().map(MediaEntry::item).toList();
    }

    @Override
    public synchronized Optional<MediaItem> media(String id) {
        return media.stream().map(MediaEntry::item).filter(item -> item.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Timeline> timelines() {
        return media.stream().map(entry -> new Timeline("timeline-" + entry.item().id(), entry.item().name(),
                List.of(new Clip("clip-" + entry.item().id(), entry.item().id(),
                        new TimeRange(0, entry.durationSeconds()), 0)))).toList();
    }

    @Override
    public synchronized List<Marker> markers(String mediaId) {
        return markers.of(mediaId);
    }

    @Override
    public boolean keepsLabels() {
        return true;
    }

    @Override
    public synchronized List<Label> labels(String mediaId) {
        return labels.of(mediaId);
    }

    @Override
    public void apply(MarkerEdit edit) throws MarkerConflictException {
        applyEdit(ProjectEdit.of(edit));
    }

    @Override
    public void applyEdit(ProjectEdit edit) throws MarkerConflictException {
        if (edit.isEmpty()) {
            return;
        }
        synchronized (this) {
            applyWhole(edit);
            history.done(new HistoryStep.Edit(edit));
            changes++;
        }
        changed();
    }

    /** Applies the marker and the label changes, or none of either. */
    private void applyWhole(ProjectEdit edit) throws MarkerConflictException {
        Set<String> ids = mediaIds();
        var nextMarkers = markers.applied(edit.markers().stream()
                .map(c -> new SpanStore.Change<>(c.mediaId(), c.before(), c.after())).toList(), ids);
        var nextLabels = labels.applied(edit.labels().stream()
                .map(c -> new SpanStore.Change<>(c.mediaId(), c.before(), c.after())).toList(), ids);
        markers.replaceAll(nextMarkers);
        labels.replaceAll(nextLabels);
    }

    @Override
    public boolean keepsUndoableChanges() {
        return true;
    }

    @Override
    public void perform(UndoableChange change) throws Exception {
        synchronized (this) {
            change.apply();
            history.done(new HistoryStep.Change(change));
            changes++;
        }
        changed();
    }

    /** Undoes the last step; returns its label, or empty when there was nothing to undo. */
    Optional<String> undo() throws Exception {
        return step(() -> history.undo(this::applyWhole));
    }

    /** Redoes the last undone step; returns its label, or empty when there was nothing to redo. */
    Optional<String> redo() throws Exception {
        return step(() -> history.redo(this::applyWhole));
    }

    private interface Step {
        Optional<String> take() throws Exception;
    }

    private Optional<String> step(Step step) throws Exception {
        Optional<String> label;
        synchronized (this) {
            label = step.take();
            if (label.isPresent()) {
                changes++;
            }
        }
        changed();
        return label;
    }

    synchronized Optional<String> undoLabel() {
        return history.nextUndo().map(HistoryStep::label);
    }

    synchronized Optional<String> redoLabel() {
        return history.nextRedo().map(HistoryStep::label);
    }

    synchronized ProjectState state() {
        return new ProjectState(name, List.copyOf(media), markers.all(), labels.all());
    }

    /** Replaces everything with a loaded (or new, empty) project; the undo history starts afresh. */
    void load(ProjectState state, Path from) {
        synchronized (this) {
            name = state.name();
            file = from;
            media.clear();
            media.addAll(state.media());
            markers.replaceAll(state.markers());
            labels.replaceAll(state.labels());
            history.clear();
            savedChanges = changes;
            nextId = 1 + state.media().stream().map(e -> e.item().id()).filter(id -> id.matches("media-\\d+"))
                    .mapToInt(id -> Integer.parseInt(id.substring(6))).max().orElse(0);
        }
        changed();
    }

    /** @return a count of the changes so far: pass it to {@link #saved} once the state read after it is written */
    synchronized long changeCount() {
        return changes;
    }

    /** Records that the project as it was at {@code changeCount} is saved. */
    synchronized void saved(long changeCount) {
        savedChanges = Math.max(savedChanges, changeCount);
    }

    /** @return whether anything changed since the project was last saved or loaded */
    synchronized boolean isModified() {
        return changes != savedChanges;
    }

    synchronized void savedAs(Path to, String newName) {
        file = to;
        name = newName;
    }

    private Set<String> mediaIds() {
        return media.stream().map(e -> e.item().id()).collect(Collectors.toSet());
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

}
