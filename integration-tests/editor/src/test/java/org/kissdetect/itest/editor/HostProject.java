package org.kissdetect.itest.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.kissdetect.nle.sdk.project.Clip;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.nle.sdk.project.Timeline;

/** The tests' host project: media items, one timeline per item, markers, and the edits applied, in order. */
final class HostProject implements Project {

    private final List<MediaItem> media = new ArrayList<>();
    private final Map<String, List<Marker>> markers = new HashMap<>();
    final List<MarkerEdit> edits = new CopyOnWriteArrayList<>();

    synchronized MediaItem add(Path file) {
        MediaItem item = new MediaItem("media-" + (media.size() + 1), file.getFileName().toString(), file);
        media.add(item);
        return item;
    }

    @Override
    public String name() {
        return "integration test";
    }

    @Override
    public synchronized List<MediaItem> media() {
        return List.copyOf(media);
    }

    @Override
    public synchronized Optional<MediaItem> media(String id) {
        return media.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Timeline> timelines() {
        return media.stream().map(item -> new Timeline("timeline-" + item.id(), item.name(),
                List.of(new Clip("clip-" + item.id(), item.id(), new TimeRange(0, 38), 0)))).toList();
    }

    @Override
    public synchronized List<Marker> markers(String mediaId) {
        return markers.getOrDefault(mediaId, List.of()).stream()
                .sorted(Comparator.comparingDouble(m -> m.range().start())).toList();
    }

    @Override
    public synchronized void apply(MarkerEdit edit) throws MarkerConflictException {
        Map<String, List<Marker>> next = new HashMap<>();
        markers.forEach((id, list) -> next.put(id, new ArrayList<>(list)));
        for (MarkerChange change : edit.changes()) {
            if (media(change.mediaId()).isEmpty()) {
                throw new MarkerConflictException("no media item " + change.mediaId());
            }
            List<Marker> list = next.computeIfAbsent(change.mediaId(), id -> new ArrayList<>());
            if (change.before() != null && !list.remove(change.before())) {
                throw new MarkerConflictException("marker " + change.before().id() + " is not as its author saw it");
            }
            if (change.after() != null) {
                if (list.stream().anyMatch(m -> m.id().equals(change.after().id()))) {
                    throw new MarkerConflictException("marker id " + change.after().id() + " is taken");
                }
                list.add(change.after());
            }
        }
        markers.clear();
        markers.putAll(next);
        if (!edit.isEmpty()) {
            edits.add(edit);
        }
    }
}
