package org.kissdetect.reference.editor.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The timecode of each media item, asked of ffprobe once in the background; listeners hear when one is learned. */
final class MediaTimecodes implements AutoCloseable {

    private final Map<String, MediaTimecode> known = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "editor-timecodes");
        named.setDaemon(true);
        return named;
    });

    /** @param learned told on the probing thread each time an item's timecode is learned */
    void addListener(Runnable learned) {
        listeners.add(learned);
    }

    /** @return the item's timecode, or {@link MediaTimecode#UNKNOWN} until it is learned (asked for on first use) */
    MediaTimecode of(MediaEntry entry) {
        String key = entry.item().id() + "|" + entry.item().file();
        MediaTimecode timecode = known.putIfAbsent(key, MediaTimecode.UNKNOWN);
        if (timecode != null) {
            return timecode;
        }
        thread.execute(() -> {
            known.put(key, MediaTools.timecode(entry.item().file()));
            listeners.forEach(Runnable::run);
        });
        return MediaTimecode.UNKNOWN;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
