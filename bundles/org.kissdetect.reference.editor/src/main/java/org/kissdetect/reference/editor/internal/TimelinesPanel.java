package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseWheelEvent;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * A timeline per movie, one under the other; rebuilt when the media change, repainted when markers change.
 * Fitted to the window until Ctrl+wheel zooms them (all together, around the mouse); then a horizontal scroll bar
 * moves along them.
 */
final class TimelinesPanel extends JScrollPane {

    private static final long serialVersionUID = 1L;

    private final transient ProjectModel project;
    private final transient Thumbnails thumbnails;
    private final transient ActionMenus menus;
    private final transient Playhead playhead;
    private final transient TimelineZoom zoom = new TimelineZoom();
    private final JPanel column = new JPanel();
    private final List<TimelineView> views = new ArrayList<>();
    private transient List<MediaEntry> shown;

    TimelinesPanel(ProjectModel project, Thumbnails thumbnails, ActionMenus menus, Playhead playhead) {
        this.project = project;
        this.thumbnails = thumbnails;
        this.menus = menus;
        this.playhead = playhead;
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setBackground(new Color(0x3c3f41));
        JPanel top = new ZoomedColumn();
        top.add(column, BorderLayout.NORTH);
        top.setBackground(column.getBackground());
        setViewportView(top);
        setPreferredSize(new Dimension(1000, 500));
        getHorizontalScrollBar().setUnitIncrement(20);
        playhead.addListener(seek -> views.forEach(TimelineView::repaint));
        refresh();
    }

    void refresh() {
        List<MediaEntry> entries = project.entries();
        if (entries.equals(shown)) {
            views.forEach(TimelineView::repaint);
            return;
        }
        shown = entries;
        column.removeAll();
        views.clear();
        if (entries.isEmpty()) {
            JLabel hint = new JLabel("Import a movie (File > Import, or drop files here) to see its timeline.",
                    SwingConstants.CENTER);
            hint.setForeground(Color.LIGHT_GRAY);
            hint.setBorder(BorderFactory.createEmptyBorder(40, 0, 0, 0));
            column.add(hint);
        }
        for (MediaEntry entry : entries) {
            TimelineView view = new TimelineView(project, entry, thumbnails, menus, playhead);
            views.add(view);
            column.add(view);
            column.add(Box.createVerticalStrut(6));
        }
        column.revalidate();
        column.repaint();
    }

    /** Zooms in (positive notches) or out around the viewport's centre. */
    void zoomBy(double notches) {
        zoomAround(notches, getViewport().getExtentSize().width / 2);
    }

    /** Back to the whole of every timeline in the window: the default. */
    void fitToWindow() {
        zoom.fit();
        getViewport().getView().revalidate();
        getViewport().setViewPosition(new Point(0, getViewport().getViewPosition().y));
    }

    /** Scrolls to a time of a media item: its timeline in sight, the time in the middle when it was not in sight. */
    void reveal(String mediaId, double second) {
        for (TimelineView view : views) {
            if (view.entry().item().id().equals(mediaId)) {
                Rectangle visible = getViewport().getViewRect();
                int x = view.getX() + view.x(second);
                int left = x < visible.x || x >= visible.x + visible.width
                        ? TimelineZoom.centred(x, column.getWidth(), visible.width) : visible.x;
                column.scrollRectToVisible(new Rectangle(left, view.getY(), visible.width, view.getHeight()));
            }
        }
    }

    @Override
    protected void processMouseWheelEvent(MouseWheelEvent e) {
        if (!e.isControlDown()) {
            super.processMouseWheelEvent(e);
            return;
        }
        Point inViewport = SwingUtilities.convertPoint(this, e.getPoint(), getViewport());
        zoomAround(-e.getPreciseWheelRotation(), inViewport.x);
        e.consume();
    }

    private void zoomAround(double notches, int mouseInViewport) {
        JViewport viewport = getViewport();
        int left = zoom.zoom(notches, viewport.getExtentSize().width, viewport.getViewPosition().x, mouseInViewport);
        viewport.getView().revalidate();
        // The new width applies once laid out: place the view after that.
        viewport.validate();
        viewport.setViewPosition(new Point(left, viewport.getViewPosition().y));
    }

    /** The column of timelines as wide as the zoom says; at fit, exactly the viewport's width. */
    private final class ZoomedColumn extends JPanel implements Scrollable {

        private static final long serialVersionUID = 1L;

        ZoomedColumn() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension preferred = super.getPreferredSize();
            if (!zoom.fits()) {
                preferred.width = zoom.width(getViewport().getExtentSize().width);
            }
            return preferred;
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 20;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.HORIZONTAL ? visible.width * 9 / 10 : visible.height * 9 / 10;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return zoom.fits();
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport viewport && viewport.getHeight() > super.getPreferredSize().height;
        }
    }
}
