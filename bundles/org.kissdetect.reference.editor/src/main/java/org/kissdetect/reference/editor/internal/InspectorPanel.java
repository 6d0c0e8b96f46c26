package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

import org.kissdetect.nle.sdk.inspect.MarkerInspector;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;

/**
 * What a contributed inspector shows about the marker under the playhead: its picture scaled to fit and its
 * caption, or why there is none. The inspector runs in the background ({@link Inspections}); a seek to another
 * second asks again, playback only when it reaches another marker. Used on the event thread.
 */
final class InspectorPanel extends JPanel implements AutoCloseable {

    private static final long serialVersionUID = 1L;
    static final String NO_MARKER = "No marker at the playhead";
    static final String NO_INSPECTOR = "No inspector for this marker";

    private final transient ProjectModel project;
    private final transient Playhead playhead;
    private final transient ContributedInspectors inspectors;
    private final transient Inspections inspections = new Inspections();
    private final JLabel title = new JLabel(" Inspector");
    private final PictureView picture = new PictureView(256, 144);
    private final JTextArea caption = new JTextArea(2, 20);
    /** What is shown or being inspected: media, marker, inspector and second; null when nothing is. */
    private transient Inspected inspected;

    InspectorPanel(ProjectModel project, Playhead playhead, ContributedInspectors inspectors) {
        super(new BorderLayout());
        this.project = project;
        this.playhead = playhead;
        this.inspectors = inspectors;
        caption.setEditable(false);
        caption.setLineWrap(true);
        caption.setWrapStyleWord(true);
        caption.setOpaque(false);
        caption.setFont(title.getFont());
        add(title, BorderLayout.NORTH);
        add(picture, BorderLayout.CENTER);
        add(caption, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(260, 250));
        picture.show(null, NO_MARKER);
        playhead.addListener(this::moved);
    }

    /** Looks again at the playhead, after the project changed (a marker may have come or gone under it). */
    void refresh() {
        moved(false);
    }

    /** @return the caption under the picture, or the reason there is no picture */
    String caption() {
        return caption.getText();
    }

    private void moved(boolean seek) {
        Optional<MediaItem> item = playhead.mediaId().flatMap(project::media);
        double seconds = playhead.seconds();
        List<Marker> markers = item.map(i -> markersAt(project.markers(i.id()), seconds)).orElse(List.of());
        if (markers.isEmpty()) {
            showNothing(NO_MARKER);
            return;
        }
        for (Marker marker : markers) {
            Optional<MarkerInspector> inspector = inspectors.forMarker(marker);
            if (inspector.isPresent()) {
                Inspected next = new Inspected(item.get().id(), marker, inspector.get(), (long) Math.floor(seconds));
                if (!next.equals(inspected) && (seek || !next.sameMarker(inspected))) {
                    inspect(next, item.get(), seconds);
                }
                return;
            }
        }
        showNothing(NO_INSPECTOR);
    }

    private void inspect(Inspected next, MediaItem item, double seconds) {
        inspected = next;
        title.setText(" " + next.inspector().title());
        title.setToolTipText(next.inspector().title() + ": " + next.marker().name());
        picture.show(null, "Inspecting...");
        caption.setText("");
        inspections.request(next.inspector(), project, item, next.marker(), seconds, this::shown);
    }

    private void shown(BufferedImage image, String text) {
        picture.show(image, image == null ? "No picture" : null);
        caption.setText(text);
    }

    private void showNothing(String reason) {
        inspections.cancel();
        inspected = null;
        title.setText(" Inspector");
        picture.show(null, reason);
        caption.setText(reason);
    }

    /** The markers that cover a time: a span from its start to before its end, a point at its time. */
    static List<Marker> markersAt(List<Marker> markers, double seconds) {
        return markers.stream().filter(m -> m.range().start() <= seconds
                && (seconds < m.range().end() || m.range().start() == m.range().end() && seconds == m.range().start()))
                .toList();
    }

    @Override
    public void close() {
        inspections.close();
    }

    private record Inspected(String mediaId, Marker marker, MarkerInspector inspector, long second) {
        boolean sameMarker(Inspected other) {
            return other != null && mediaId.equals(other.mediaId) && marker.equals(other.marker)
                    && inspector.equals(other.inspector);
        }
    }
}
