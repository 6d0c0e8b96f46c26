package org.kissdetect.reference.editor.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import javax.swing.JComponent;

import org.kissdetect.common.text.Clock;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * One movie's timeline: its name, a strip of thumbnails placed by time, a lane of marker spans in their colours, a
 * thinner lane of labels (kissing green, not kissing grey: labels are not markers) and a ruler. Dragging across it
 * selects a span ({@link SpanSelector}); right-clicking opens the clip's context menu, built from the contributed actions, with the
 * selected span and the marker under the pointer.
 */
final class TimelineView extends JComponent {

    private static final long serialVersionUID = 1L;
    private static final int MARGIN = TimelineZoom.MARGIN;
    private static final int TITLE = 22;
    private static final int LANE_GAP = 4;
    private static final int LANE = 22;
    private static final int LABELS = 10;
    private static final int RULER = 18;
    private static final Color KISSING = new Color(0x43a047);
    private static final Color NOT_KISSING = new Color(0x9e9e9e);
    private static final Color SELECTION = new Color(255, 255, 255, 70);
    private static final Color BACKGROUND = new Color(0x2b2b2b);
    private static final Color PLAYHEAD = new Color(0xffb300);

    private final transient ProjectModel project;
    private final transient MediaEntry entry;
    private final transient Thumbnails thumbnails;
    private final transient SpanSelector selector;
    private final transient Playhead playhead;

    TimelineView(ProjectModel project, MediaEntry entry, Thumbnails thumbnails, ActionMenus menus, Playhead playhead) {
        this.project = project;
        this.entry = entry;
        this.thumbnails = thumbnails;
        this.playhead = playhead;
        setPreferredSize(new Dimension(800, TITLE + MediaTools.THUMB_HEIGHT + LANE_GAP + LANE + LABELS + RULER + 8));
        setToolTipText("");
        selector = new SpanSelector(this::second, this::repaint, (e, span) -> {
            ActionContext context = new ActionContext(project, List.of(entry.item()),
                    project.timelines().stream().flatMap(t -> t.clips().stream())
                            .filter(c -> c.mediaId().equals(entry.item().id())).toList(), span,
                    markerAt(e).orElse(null));
            menus.show(TimelineView.this, e.getX(), e.getY(), "clip", context);
        }, second -> playhead.seek(entry.item().id(), second));
        addMouseListener(selector);
        addMouseMotionListener(selector);
    }

    /** @return the second of the movie under a horizontal position, within the movie */
    private double second(int x) {
        return TimelineZoom.second(x, seconds(), getWidth());
    }

    /** @return the marker under the pointer in the marker lane */
    private Optional<Marker> markerAt(MouseEvent event) {
        int lane = TITLE + MediaTools.THUMB_HEIGHT + LANE_GAP;
        if (event.getY() < lane || event.getY() > lane + LANE) {
            return Optional.empty();
        }
        return project.markers(entry.item().id()).stream().filter(marker -> event.getX() >= x(marker.range().start())
                && event.getX() <= Math.max(x(marker.range().end()), x(marker.range().start()) + 3)).findFirst();
    }

    /** The length the timeline shows: the movie's, or enough for its markers when the length is unknown. */
    double seconds() {
        if (entry.durationSeconds() > 0) {
            return entry.durationSeconds();
        }
        return Math.max(60, project.markers(entry.item().id()).stream().mapToDouble(m -> m.range().end()).max().orElse(0));
    }

    int x(double second) {
        return TimelineZoom.x(second, seconds(), getWidth());
    }

    MediaEntry entry() {
        return entry;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(new Color(0xdddddd));
        g.setFont(getFont().deriveFont(Font.BOLD));
        String length = entry.durationSeconds() > 0 ? clock(entry.durationSeconds()) : "length unknown";
        g.drawString(entry.item().name() + "   " + length, MARGIN, 15);
        paintThumbnails(g, TITLE);
        int lane = TITLE + MediaTools.THUMB_HEIGHT + LANE_GAP;
        g.setColor(new Color(0x1e1e1e));
        g.fillRect(x(0), lane, x(seconds()) - x(0), LANE);
        for (Marker marker : project.markers(entry.item().id())) {
            paintMarker(g, marker, lane);
        }
        TimeRange selection = selector.selection();
        if (selection != null) {
            g.setColor(SELECTION);
            g.fillRect(x(selection.start()), TITLE, Math.max(1, x(selection.end()) - x(selection.start())),
                    MediaTools.THUMB_HEIGHT + LANE_GAP + LANE + LABELS);
        }
        for (Label label : project.labels(entry.item().id())) {
            g.setColor(label.positive() ? KISSING : NOT_KISSING);
            g.fillRect(x(label.range().start()), lane + LANE + 1,
                    Math.max(2, x(label.range().end()) - x(label.range().start())), LABELS - 2);
        }
        paintRuler(g, lane + LANE + LABELS + 2);
        if (playhead.isOn(entry.item().id())) {
            g.setColor(PLAYHEAD);
            g.fillRect(x(playhead.seconds()) - 1, TITLE - 4, 2, getHeight() - TITLE);
        }
        g.dispose();
    }

    private void paintThumbnails(Graphics2D g, int top) {
        int count = Math.max(1, Math.min(40, (getWidth() - 2 * MARGIN) / MediaTools.THUMB_WIDTH + 1));
        Thumbnails.Strip strip = thumbnails.of(entry, count, this::repaint);
        if (strip.images().isEmpty()) {
            g.setColor(new Color(0x555555));
            g.fillRect(x(0), top, x(seconds()) - x(0), MediaTools.THUMB_HEIGHT);
            g.setColor(new Color(0xaaaaaa));
            g.drawString(strip.ready() ? "no preview (ffmpeg is not installed or cannot read the movie)"
                    : "making thumbnails...", x(0) + 8, top + MediaTools.THUMB_HEIGHT / 2 + 5);
        }
        List<BufferedImage> images = strip.images();
        double step = seconds() / Math.max(1, images.size());
        for (int i = 0; i < images.size(); i++) {
            int left = x(i * step);
            g.drawImage(images.get(i), left, top, x((i + 1) * step) - left, MediaTools.THUMB_HEIGHT, null);
        }
        g.setColor(new Color(0x888888));
        g.drawRect(x(0), top, x(seconds()) - x(0) - 1, MediaTools.THUMB_HEIGHT - 1);
    }

    private void paintMarker(Graphics2D g, Marker marker, int lane) {
        Color colour = Color.decode(marker.colour());
        int left = x(marker.range().start());
        int width = Math.max(3, x(marker.range().end()) - left);
        g.setColor(colour);
        g.fillRect(left, lane + 2, width, LANE - 4);
        double luminance = 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue();
        g.setColor(luminance > 150 ? Color.BLACK : Color.WHITE);
        Graphics2D text = (Graphics2D) g.create(left, lane, width, LANE);
        text.setFont(getFont().deriveFont(11f));
        text.drawString(marker.name(), 4, LANE - 7);
        text.dispose();
    }

    private void paintRuler(Graphics2D g, int top) {
        double seconds = seconds();
        double pixelsPerSecond = (getWidth() - 2.0 * MARGIN) / seconds;
        int step = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600}) {
            step = candidate;
            if (candidate * pixelsPerSecond >= 50) {
                break;
            }
        }
        g.setColor(new Color(0x999999));
        g.setFont(getFont().deriveFont(10f));
        Rectangle visible = g.getClipBounds();
        for (int second = 0; second <= seconds; second += step) {
            if (visible != null && (x(second) < visible.x - 100 || x(second) > visible.x + visible.width)) {
                continue;
            }
            g.drawLine(x(second), top, x(second), top + 4);
            g.drawString(clock(second), x(second) + 2, top + 13);
        }
    }

    @Override
    public String getToolTipText(MouseEvent event) {
        Optional<Marker> marker = markerAt(event);
        if (marker.isPresent()) {
            return "<html><b>" + escape(marker.get().name()) + "</b> " + clock(marker.get().range().start()) + " - "
                    + clock(marker.get().range().end()) + "<br>" + escape(marker.get().comment()) + "</html>";
        }
        int labels = TITLE + MediaTools.THUMB_HEIGHT + LANE_GAP + LANE;
        if (event.getY() >= labels && event.getY() <= labels + LABELS) {
            for (Label label : project.labels(entry.item().id())) {
                if (event.getX() >= x(label.range().start()) && event.getX() <= x(label.range().end())) {
                    return "label: " + (label.positive() ? "kissing" : "not kissing") + " "
                            + clock(label.range().start()) + " - " + clock(label.range().end());
                }
            }
        }
        return null;
    }

    static String clock(double seconds) {
        return Clock.hoursMinutesSeconds((long) Math.floor(seconds));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
