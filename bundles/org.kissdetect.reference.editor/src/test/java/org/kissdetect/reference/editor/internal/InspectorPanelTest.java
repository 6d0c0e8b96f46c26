package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kissdetect.nle.sdk.inspect.MarkerInspection;
import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;

class InspectorPanelTest {

    private final ProjectModel project = new ProjectModel();
    private final MediaItem movie = project.add(Path.of("/films/a.mp4"), 60);
    private final Playhead playhead = new Playhead();
    private final ContributedInspectors inspectors = new ContributedInspectors();
    private final FakeInspector fake = new FakeInspector();
    private InspectorPanel panel;

    private void open() throws Exception {
        project.apply(new MarkerEdit("Add", List.of(
                new MarkerChange(movie.id(), null, marker("scene", "plugin", 10, 20)),
                new MarkerChange(movie.id(), null, marker("note", "user", 30, 35)))));
        inspectors.addInspector(fake, Map.of());
        SwingUtilities.invokeAndWait(() -> panel = new InspectorPanel(project, playhead, inspectors));
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private static Marker marker(String id, String owner, double start, double end) {
        return new Marker(id, owner, id, "#e53935", "", new TimeRange(start, end));
    }

    private void seek(double seconds) throws Exception {
        SwingUtilities.invokeAndWait(() -> playhead.seek(movie.id(), seconds));
    }

    private String awaitCaption(String expected) throws Exception {
        AtomicReference<String> shown = new AtomicReference<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            SwingUtilities.invokeAndWait(() -> shown.set(panel.caption()));
            if (shown.get().equals(expected)) {
                return shown.get();
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return shown.get();
    }

    @Test
    void showsTheInspectionOfTheMarkerUnderThePlayhead() throws Exception {
        open();
        seek(12.5);

        assertThat(awaitCaption("second 12 of scene")).isEqualTo("second 12 of scene");
        assertThat(fake.times).containsExactly(12.5);
    }

    @Test
    void saysWhenNoInspectorTakesTheMarkerOrNoMarkerIsThere() throws Exception {
        open();
        seek(31);
        assertThat(awaitCaption(InspectorPanel.NO_INSPECTOR)).isEqualTo(InspectorPanel.NO_INSPECTOR);
        seek(25);
        assertThat(awaitCaption(InspectorPanel.NO_MARKER)).isEqualTo(InspectorPanel.NO_MARKER);
        assertThat(fake.times).isEmpty();
    }

    @Test
    void aMoveCancelsTheRunningInspectionAndOnlyTheLatestIsShown() throws Exception {
        open();
        fake.blockFirst = new CountDownLatch(1);
        seek(11);
        assertThat(fake.started.await(10, TimeUnit.SECONDS)).isTrue();
        seek(15);

        assertThat(awaitCaption("second 15 of scene")).isEqualTo("second 15 of scene");
        assertThat(fake.sawCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fake.times).containsExactly(11.0, 15.0);
    }

    @Test
    void playbackWithinTheMarkerDoesNotAskAgainButASeekToAnotherSecondDoes() throws Exception {
        open();
        seek(12);
        awaitCaption("second 12 of scene");
        SwingUtilities.invokeAndWait(() -> playhead.advance(13.5));
        seek(12.7);
        seek(14);

        assertThat(awaitCaption("second 14 of scene")).isEqualTo("second 14 of scene");
        assertThat(fake.times).containsExactly(12.0, 14.0);
    }

    @Test
    void anInspectorsFailureIsShownWithItsMessage() throws Exception {
        open();
        fake.failure = "the model is gone";
        seek(12);

        assertThat(awaitCaption("Fake failed: the model is gone")).isEqualTo("Fake failed: the model is gone");
    }

    /** Inspects markers owned by "plugin": a 2 x 2 PNG captioned with the second and the marker's name. */
    private static final class FakeInspector implements MarkerInspector {
        final List<Double> times = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch sawCancelled = new CountDownLatch(1);
        volatile CountDownLatch blockFirst;
        volatile String failure;

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String title() {
            return "Fake";
        }

        @Override
        public boolean inspects(Marker marker) {
            return marker.owner().equals("plugin");
        }

        @Override
        public MarkerInspection inspect(Project project, MediaItem item, Marker marker, double atSeconds,
                BooleanSupplier cancelled) throws Exception {
            times.add(atSeconds);
            started.countDown();
            if (blockFirst != null && times.size() == 1) {
                while (!cancelled.getAsBoolean()) {
                    Thread.sleep(5);
                }
                sawCancelled.countDown();
                return new MarkerInspection("cancelled, never shown", png());
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return new MarkerInspection("second " + (int) atSeconds + " of " + marker.name(), png());
        }

        private static byte[] png() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        }
    }
}
