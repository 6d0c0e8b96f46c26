package org.kissdetect.reference.editor.internal;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/** The View menu: zooming the timelines (Ctrl+wheel zooms around the mouse too) and playback. */
final class ViewMenu {

    private ViewMenu() {
    }

    static JMenu of(TimelinesPanel timelines, Viewer viewer) {
        JMenu view = new JMenu("View");
        view.add(item("Zoom in", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK),
                () -> timelines.zoomBy(4)));
        view.add(item("Zoom out", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK),
                () -> timelines.zoomBy(-4)));
        view.add(item("Fit to window", KeyStroke.getKeyStroke(KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK),
                timelines::fitToWindow));
        view.addSeparator();
        view.add(item("Play / Pause (Space)", null, viewer::togglePlay));
        return view;
    }

    private static JMenuItem item(String label, KeyStroke key, Runnable action) {
        JMenuItem item = new JMenuItem(label);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.addActionListener(event -> action.run());
        return item;
    }
}
