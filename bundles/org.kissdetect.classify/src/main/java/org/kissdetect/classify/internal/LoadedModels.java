package org.kissdetect.classify.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.classify.Classifier;

/**
 * The models a factory keeps loaded, at most {@code capacity}, least recently opened evicted first, whatever their
 * kind. An evicted model is freed (its own {@link Classifier#close()}) once its last handle is closed: a detection
 * that is still running keeps it. Not thread-safe: the factory synchronises.
 */
final class LoadedModels {

    private final Map<String, Shared> byIdentity = new LinkedHashMap<>(16, 0.75f, true);
    private final List<Shared> unkeyed = new ArrayList<>();
    private int capacity;

    LoadedModels(int capacity) {
        this.capacity = capacity;
    }

    /** @return a new handle on the model kept under this identity, or {@code null} when none is kept */
    ClassifierHandle open(String identity) {
        Shared shared = identity == null ? null : byIdentity.get(identity);
        return shared == null ? null : shared.newHandle();
    }

    /**
     * Keeps a newly loaded model (under no identity when its folder cannot be read back) and opens a handle.
     *
     * @param identity the directory's identity, or {@code null}
     * @param kind     the kind that loaded it, {@code null} for the paper's detectors
     * @param model    the loaded model; its {@code close} frees it
     * @return a handle on it
     */
    ClassifierHandle keep(String identity, String kind, Classifier model) {
        Shared shared = new Shared(model, kind);
        if (identity == null) {
            unkeyed.add(shared);
        } else {
            byIdentity.put(identity, shared);
        }
        ClassifierHandle handle = shared.newHandle();
        evictBeyond(capacity);
        return handle;
    }

    /** Changes how many models are kept, evicting the least recently opened beyond it. */
    void resize(int newCapacity) {
        capacity = newCapacity;
        evictBeyond(capacity);
    }

    /** Evicts every model a kind loaded (its service went away): each is freed once its last handle closes. */
    void evictKind(String kind) {
        Iterator<Shared> kept = byIdentity.values().iterator();
        while (kept.hasNext()) {
            Shared shared = kept.next();
            if (kind.equals(shared.kind)) {
                shared.evict();
                kept.remove();
            }
        }
        unkeyed.removeIf(shared -> kind.equals(shared.kind) && shared.evict());
    }

    /** @return how many models are kept */
    int size() {
        return byIdentity.size();
    }

    /** Frees every model now, handles open or not (the factory is going away). */
    void closeAll() {
        byIdentity.values().forEach(shared -> shared.model.close());
        unkeyed.forEach(shared -> shared.model.close());
        byIdentity.clear();
        unkeyed.clear();
    }

    private void evictBeyond(int kept) {
        Iterator<Shared> eldestFirst = byIdentity.values().iterator();
        for (int excess = byIdentity.size() - kept; excess > 0; excess--) {
            eldestFirst.next().evict();
            eldestFirst.remove();
        }
        unkeyed.removeIf(Shared::evict);
    }

    /** One loaded model and its open handles. */
    private static final class Shared implements ClassifierHandle.Owner {

        private final Classifier model;
        private final String kind;
        private int openHandles;
        private boolean evicted;

        Shared(Classifier model, String kind) {
            this.model = model;
            this.kind = kind;
        }

        ClassifierHandle newHandle() {
            synchronized (this) {
                openHandles++;
            }
            return new ClassifierHandle(model, this);
        }

        /** @return whether the model was freed now (no handle open) */
        synchronized boolean evict() {
            evicted = true;
            if (openHandles == 0) {
                model.close();
                return true;
            }
            return false;
        }

        @Override
        public synchronized void released() {
            openHandles--;
            if (evicted && openHandles == 0) {
                model.close();
            }
        }
    }
}
