package org.kissdetect.reference.editor.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.kissdetect.nle.sdk.inspect.MarkerInspection;
import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;

/**
 * Runs inspectors on a thread of their own, one at a time: a new request cancels the one before (it is asked to
 * stop, and whatever it returns is dropped), and only the latest one's result reaches the event thread.
 */
final class Inspections implements AutoCloseable {

    /** Hears how the latest request ended, on the event thread. */
    interface Result {
        /** @param picture the inspection's picture, or null when it failed; then {@code text} says why */
        void shown(BufferedImage picture, String text);
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread named = new Thread(task, "editor-inspector");
        named.setDaemon(true);
        return named;
    });
    private AtomicBoolean current = new AtomicBoolean();

    /** Inspects a marker at a time in the background, cancelling the request before. Call on the event thread. */
    void request(MarkerInspector inspector, Project project, MediaItem item, Marker marker, double atSeconds,
            Result result) {
        AtomicBoolean cancelled = cancel();
        thread.execute(() -> {
            if (cancelled.get()) {
                return;
            }
            BufferedImage picture = null;
            String text;
            try {
                MarkerInspection inspection = inspector.inspect(project, item, marker, atSeconds, cancelled::get);
                picture = ImageIO.read(new ByteArrayInputStream(inspection.png()));
                text = picture == null ? inspector.title() + ": the picture cannot be read" : inspection.caption();
            } catch (CancellationException e) {
                return;
            } catch (IOException e) {
                text = inspector.title() + ": the picture cannot be read: " + e.getMessage();
            } catch (Exception e) {
                text = inspector.title() + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
            }
            BufferedImage shown = picture;
            String said = text;
            SwingUtilities.invokeLater(() -> {
                if (!cancelled.get()) {
                    result.shown(shown, said);
                }
            });
        });
    }

    /** Cancels the latest request, if it still runs; returns a fresh flag for the next. Call on the event thread. */
    AtomicBoolean cancel() {
        current.set(true);
        current = new AtomicBoolean();
        return current;
    }

    @Override
    public void close() {
        current.set(true);
        thread.shutdownNow();
    }
}
