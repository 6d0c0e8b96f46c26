package org.kissdetect.reference.editor.internal;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Thumbnails of each media item, made once in the background; the timeline repaints when they are ready. */
final class Thumbnails implements AutoCloseable {

    /** Thumbnails of one item; {@code ready} is false while they are being made. */
    record Strip(boolean ready, List<BufferedImage> images) {
    }

    private static final Strip LOADING = new Strip(false, List.of());

    private final Map<String, Strip> strips = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "editor-thumbnails");
        named.setDaemon(true);
        return named;
    });

    /** The item's thumbnails as far as they are made; asks for them on first use and calls {@code ready} when done. */
    Strip of(MediaEntry entry, int count, Runnable ready) {
        String key = entry.item().id() + "|" + entry.item().file();
        return strips.computeIfAbsent(key, k -> {
            if (!(entry.durationSeconds() > 0)) {
                return new Strip(true, List.of());
            }
            thread.execute(() -> {
                strips.put(k, new Strip(true, MediaTools.thumbnails(entry.item().file(), entry.durationSeconds(), count)));
                ready.run();
            });
            return LOADING;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
