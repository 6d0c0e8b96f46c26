package org.kissdetect.models.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ResolvedModel;

/**
 * The models resolved lately, at most {@link #capacity} of them, the least recently used dropped first. An entry
 * is answered only while its folder's stamp is unchanged: a model deleted, damaged or replaced since is resolved
 * again.
 */
final class ResolvedCache {

    private record Entry(ResolvedModel model, FolderStamp stamp) {
    }

    private final int capacity;
    private final Map<ModelReference, Entry> entries;

    ResolvedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache of resolved models holds at least one, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ModelReference, Entry> eldest) {
                return size() > ResolvedCache.this.capacity;
            }
        };
    }

    synchronized Optional<ResolvedModel> fresh(ModelReference reference) {
        Entry entry = entries.get(reference);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.stamp().equals(FolderStamp.of(entry.model().directory()))) {
            entries.remove(reference);
            return Optional.empty();
        }
        return Optional.of(entry.model());
    }

    synchronized void keep(ResolvedModel model) {
        FolderStamp stamp = FolderStamp.of(model.directory());
        if (stamp.readable()) {
            entries.put(model.reference(), new Entry(model, stamp));
        }
    }

    synchronized void forget(ModelReference reference) {
        entries.remove(reference);
    }

    synchronized int size() {
        return entries.size();
    }
}
