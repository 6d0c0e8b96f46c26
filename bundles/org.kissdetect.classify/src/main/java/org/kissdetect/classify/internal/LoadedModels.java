package org.kissdetect.classify.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detectors a factory keeps loaded, at most {@code capacity}, least recently opened evicted first. An evicted
 * detector is freed once its last handle is closed: a detection that is still running keeps it. Not thread-safe:
 * the factory synchronises.
 */
final class LoadedModels {

    private final Map<String, Shared> byIdentity = new LinkedHashMap<>(16, 0.75f, true);
    private final List<Shared> unkeyed = new ArrayList<>();
    private int capacity;

    LoadedModels(int capacity) {
        this.capacity = capacity;
    }

    /** @return a new handle on the detector kept under this identity, or {@code null} when none is kept */
    ClassifierHandle open(String identity) {
        Shared shared = identity == null ? null : byIdentity.get(identity);
        return shared == null ? null : shared.newHandle();
    }

    /** Keeps a newly loaded detector (under no identity when its folder cannot be read back) and opens a handle. */
    ClassifierHandle keep(String identity, DetectorClassifier detector) {
        Shared shared = new Shared(detector);
        if (identity == null) {
            unkeyed.add(shared);
        } else {
            byIdentity.put(identity, shared);
        }
        ClassifierHandle handle = shared.newHandle();
        evictBeyond(capacity);
        return handle;
    }

    /** Changes how many detectors are kept, evicting the least recently opened beyond it. */
    void resize(int newCapacity) {
        capacity = newCapacity;
        evictBeyond(capacity);
    }

    /** @return how many detectors are kept */
    int size() {
        return byIdentity.size();
    }

    /** Frees every detector now, handles open or not (the factory is going away). */
    void closeAll() {
        byIdentity.values().forEach(shared -> shared.detector.close());
        unkeyed.forEach(shared -> shared.detector.close());
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

    /** One loaded detector and its open handles. */
    private static final class Shared implements ClassifierHandle.Owner {

        private final DetectorClassifier detector;
        private int openHandles;
        private boolean evicted;

        Shared(DetectorClassifier detector) {
            this.detector = detector;
        }

        ClassifierHandle newHandle() {
            synchronized (this) {
                openHandles++;
            }
            return new ClassifierHandle(detector, this);
        }

        /** @return whether the detector was freed now (no handle open) */
        synchronized boolean evict() {
            evicted = true;
            if (openHandles == 0) {
                detector.close();
                return true;
            }
            return false;
        }

        @Override
        public synchronized void released() {
            openHandles--;
            if (evicted && openHandles == 0) {
                detector.close();
            }
        }
    }
}
