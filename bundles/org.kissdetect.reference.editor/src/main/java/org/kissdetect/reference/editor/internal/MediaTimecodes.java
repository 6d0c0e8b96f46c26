package org.kissdetect.reference.editor.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The timecode of each media item, asked of ffprobe once in the background; a listener hears when one is known. */
final class MediaTimecodes implements AutoCloseable {

    private final Map<String, MediaTimecode> known = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "editor-timecodes");
        named.setDaemon(true);
        return named;
    });

    /**
     * @param ready told (on the probing thread) once the item's timecode is known, when it was not yet
     * @return the item's timecode, or {@link MediaTimecode#UNKNOWN} until it is known
     */
    MediaTimecode of(MediaEntry entry, Runnable ready) {
        String key = entry.item().id() + "|" + entry.item().file();
        MediaTimecode timecode = known.get(key);
        if (timecode != null) {
            return timecode;
        }
        known.put(key, MediaTimecode.UNKNOWN);
        thread.execute(() -> {
            known.put(key, MediaTools.timecode(entry.item().file()));
            ready.run();
        });
        return MediaTimecode.UNKNOWN;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
