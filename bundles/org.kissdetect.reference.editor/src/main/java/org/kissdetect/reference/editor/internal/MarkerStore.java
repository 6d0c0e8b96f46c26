package org.kissdetect.reference.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MarkerEdit;

/** The markers of every media item. Not thread-safe: {@link ProjectModel} guards it. */
final class MarkerStore {

    private Map<String, List<Marker>> byMedia = new HashMap<>();

    List<Marker> markers(String mediaId) {
        return byMedia.getOrDefault(mediaId, List.of()).stream()
                .sorted(Comparator.comparingDouble((Marker m) -> m.range().start()).thenComparing(Marker::name))
                .toList();
    }

    Map<String, List<Marker>> all() {
        Map<String, List<Marker>> copy = new HashMap<>();
        byMedia.forEach((id, list) -> copy.put(id, markers(id)));
        return copy;
    }

    void replaceAll(Map<String, List<Marker>> markers) {
        byMedia = new HashMap<>();
        markers.forEach((id, list) -> byMedia.put(id, new ArrayList<>(list)));
    }

    /**
     * Applies every change or none: each {@code before} must be the marker as it is, each added id free in the
     * whole project, each media item present.
     */
    void apply(MarkerEdit edit, Set<String> mediaIds) throws MarkerConflictException {
        Map<String, List<Marker>> next = new HashMap<>();
        byMedia.forEach((id, list) -> next.put(id, new ArrayList<>(list)));
        for (MarkerChange change : edit.changes()) {
            if (!mediaIds.contains(change.mediaId())) {
                throw new MarkerConflictException("no media item " + change.mediaId() + " in the project");
            }
            List<Marker> list = next.computeIfAbsent(change.mediaId(), id -> new ArrayList<>());
            if (change.before() != null && !list.remove(change.before())) {
                throw new MarkerConflictException("marker " + change.before().id() + " on " + change.mediaId()
                        + " was changed or removed meanwhile");
            }
            if (change.after() != null) {
                String id = change.after().id();
                if (next.values().stream().flatMap(List::stream).anyMatch(m -> m.id().equals(id))) {
                    throw new MarkerConflictException("marker id " + id + " is taken");
                }
                list.add(change.after());
            }
        }
        byMedia = next;
    }
}
