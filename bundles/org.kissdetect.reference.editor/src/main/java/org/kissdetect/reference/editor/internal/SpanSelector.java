package org.kissdetect.reference.editor.internal;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntToDoubleFunction;

import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * The mouse on a timeline: dragging with the first button selects a span of the movie; a click clears it and puts
 * the playhead there; the popup trigger asks for the context menu, with the span selected.
 */
final class SpanSelector extends MouseAdapter {

    private final IntToDoubleFunction secondAt;
    private final Runnable changed;
    private final BiConsumer<MouseEvent, TimeRange> menu;
    private final DoubleConsumer clicked;
    private double anchor = Double.NaN;
    private TimeRange selection;

    /**
     * @param secondAt the movie's second under a horizontal position
     * @param changed  told when the selection changes, to repaint
     * @param menu     shows the context menu for a popup trigger, given the selection or {@code null}
     * @param clicked  told the second of a click with the first button that selected nothing
     */
    SpanSelector(IntToDoubleFunction secondAt, Runnable changed, BiConsumer<MouseEvent, TimeRange> menu,
            DoubleConsumer clicked) {
        this.secondAt = secondAt;
        this.changed = changed;
        this.menu = menu;
        this.clicked = clicked;
    }

    /** @return the span selected, or {@code null} */
    TimeRange selection() {
        return selection;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (e.getButton() == MouseEvent.BUTTON1) {
            anchor = secondAt.applyAsDouble(e.getX());
            selection = null;
            changed.run();
        }
        popup(e);
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (!Double.isNaN(anchor)) {
            double here = secondAt.applyAsDouble(e.getX());
            selection = here == anchor ? null : new TimeRange(Math.min(anchor, here), Math.max(anchor, here));
            changed.run();
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (e.getButton() == MouseEvent.BUTTON1 && !Double.isNaN(anchor) && selection == null) {
            clicked.accept(anchor);
        }
        anchor = Double.NaN;
        popup(e);
    }

    private void popup(MouseEvent e) {
        if (e.isPopupTrigger()) {
            menu.accept(e, selection);
        }
    }
}
