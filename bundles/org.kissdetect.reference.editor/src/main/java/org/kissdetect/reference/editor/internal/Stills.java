package org.kissdetect.reference.editor.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.SwingUtilities;

/** The viewer's picture at the playhead while it is paused, made in the background: the latest request wins. */
final class Stills implements AutoCloseable {

    private final AtomicLong latest = new AtomicLong();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "editor-viewer-stills");
        named.setDaemon(true);
        return named;
    });

    /** Shows the picture of a movie at a time in a view, unless another request came meanwhile. */
    void request(Path movie, double second, PictureView view) {
        long request = latest.incrementAndGet();
        thread.execute(() -> {
            if (latest.get() != request) {
                return;
            }
            BufferedImage picture = null;
            String message;
            try {
                picture = PlaybackProcess.still(movie, second, Viewer.WIDTH, Viewer.HEIGHT);
                message = picture != null ? null
                        : Files.isRegularFile(movie) ? "No picture at this time" : "Missing: " + movie;
            } catch (PlaybackProcess.ToolMissingException e) {
                message = "ffmpeg is not installed: the viewer cannot show pictures";
            } catch (IOException e) {
                message = e.getMessage();
            }
            BufferedImage shown = picture;
            String said = message;
            SwingUtilities.invokeLater(() -> {
                if (latest.get() == request) {
                    view.show(shown, said);
                }
            });
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
