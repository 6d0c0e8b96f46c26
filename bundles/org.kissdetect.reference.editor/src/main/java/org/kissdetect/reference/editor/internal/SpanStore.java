package org.kissdetect.reference.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kissdetect.nle.sdk.project.MarkerConflictException;

/**
 * The markers, or the labels, of every media item: what a project edit changes. Changes apply all or none: each
 * {@code before} must be the item as it is, each added id free in the whole project, each media item present. Not
 * thread-safe: {@link ProjectModel} guards it.
 *
 * @param <T> a marker or a label
 */
final class SpanStore<T> {

    /** One change: on which media item, from what, to what ({@code null} for none). */
    record Change<T>(String mediaId, T before, T after) {
    }

    private final String kind;
    private final Function<T, String> id;
    private final Comparator<T> order;
    private Map<String, List<T>> byMedia = new HashMap<>();

    SpanStore(String kind, Function<T, String> id, Comparator<T> order) {
        this.kind = kind;
        this.id = id;
        this.order = order;
    }

    List<T> of(String mediaId) {
        return byMedia.getOrDefault(mediaId, List.of()).stream().sorted(order).toList();
    }

    Map<String, List<T>> all() {
        Map<String, List<T>> copy = new HashMap<>();
        byMedia.forEach((media, list) -> copy.put(media, of(media)));
        return copy;
    }

    void replaceAll(Map<String, List<T>> spans) {
        byMedia = new HashMap<>();
        spans.forEach((media, list) -> byMedia.put(media, new ArrayList<>(list)));
    }

    /** @return the store's content once the changes are applied; the store itself is left as it is */
    Map<String, List<T>> applied(List<Change<T>> changes, Set<String> mediaIds) throws MarkerConflictException {
        Map<String, List<T>> next = new HashMap<>();
        byMedia.forEach((media, list) -> next.put(media, new ArrayList<>(list)));
        for (Change<T> change : changes) {
            if (!mediaIds.contains(change.mediaId())) {
                throw new MarkerConflictException("no media item " + change.mediaId() + " in the project");
            }
            List<T> list = next.computeIfAbsent(change.mediaId(), media -> new ArrayList<>());
            if (change.before() != null && !list.remove(change.before())) {
                throw new MarkerConflictException(kind + " " + id.apply(change.before()) + " on "
                        + change.mediaId() + " was changed or removed meanwhile");
            }
            if (change.after() != null) {
                String added = id.apply(change.after());
                if (next.values().stream().flatMap(List::stream).anyMatch(item -> id.apply(item).equals(added))) {
                    throw new MarkerConflictException(kind + " id " + added + " is taken");
                }
                list.add(change.after());
            }
        }
        return next;
    }
}
