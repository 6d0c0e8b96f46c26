package org.kissdetect.reference.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.kissdetect.nle.sdk.project.Clip;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.nle.sdk.project.Timeline;
import org.osgi.service.component.annotations.Component;

/**
 * The editor's one open project, registered as the SDK's {@link Project}: media items, one timeline per item
 * holding one clip of all of it, markers, and the undo history of marker edits. Thread-safe; listeners hear of
 * every change on the thread that made it.
 */
@Component(service = {Project.class, ProjectModel.class})
public final class ProjectModel implements Project {

    private final List<MediaEntry> media = new ArrayList<>();
    private final MarkerStore markers = new MarkerStore();
    private final EditHistory history = new EditHistory();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String name = "Untitled";
    private Path file;
    private int nextId = 1;

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
        return markers.markers(mediaId);
    }

    @Override
    public void apply(MarkerEdit edit) throws MarkerConflictException {
        if (edit.isEmpty()) {
            return;
        }
        synchronized (this) {
            markers.apply(edit, mediaIds());
            history.done(edit);
        }
        changed();
    }

    /** Undoes the last edit; returns its label, or empty when there was nothing to undo. */
    Optional<String> undo() throws MarkerConflictException {
        Optional<String> label;
        synchronized (this) {
            Optional<MarkerEdit> edit = history.nextUndo();
            if (edit.isPresent()) {
                markers.apply(edit.get().inverse(), mediaIds());
                history.undone();
            }
            label = edit.map(MarkerEdit::label);
        }
        changed();
        return label;
    }

    /** Redoes the last undone edit; returns its label, or empty when there was nothing to redo. */
    Optional<String> redo() throws MarkerConflictException {
        Optional<String> label;
        synchronized (this) {
            Optional<MarkerEdit> edit = history.nextRedo();
            if (edit.isPresent()) {
                markers.apply(edit.get(), mediaIds());
                history.redone();
            }
            label = edit.map(MarkerEdit::label);
        }
        changed();
        return label;
    }

    synchronized Optional<String> undoLabel() {
        return history.nextUndo().map(MarkerEdit::label);
    }

    synchronized Optional<String> redoLabel() {
        return history.nextRedo().map(MarkerEdit::label);
    }

    synchronized ProjectState state() {
        return new ProjectState(name, List.copyOf(media), markers.all());
    }

    /** Replaces everything with a loaded (or new, empty) project; the undo history starts afresh. */
    void load(ProjectState state, Path from) {
        synchronized (this) {
            name = state.name();
            file = from;
            media.clear();
            media.addAll(state.media());
            markers.replaceAll(state.markers());
            history.clear();
            nextId = 1 + state.media().stream().map(e -> e.item().id()).filter(id -> id.matches("media-\\d+"))
                    .mapToInt(id -> Integer.parseInt(id.substring(6))).max().orElse(0);
        }
        changed();
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
