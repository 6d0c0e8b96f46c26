package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;

/** A timeline per movie, one under the other; rebuilt when the media change, repainted when markers change. */
final class TimelinesPanel extends JScrollPane {

    private static final long serialVersionUID = 1L;

    private final transient ProjectModel project;
    private final transient Thumbnails thumbnails;
    private final transient ActionMenus menus;
    private final JPanel column = new JPanel();
    private final List<TimelineView> views = new ArrayList<>();
    private transient List<MediaEntry> shown;

    TimelinesPanel(ProjectModel project, Thumbnails thumbnails, ActionMenus menus) {
        this.project = project;
        this.thumbnails = thumbnails;
        this.menus = menus;
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setBackground(new Color(0x3c3f41));
        JPanel top = new JPanel(new BorderLayout());
        top.add(column, BorderLayout.NORTH);
        top.setBackground(column.getBackground());
        setViewportView(top);
        setPreferredSize(new Dimension(1000, 500));
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
            TimelineView view = new TimelineView(project, entry, thumbnails, menus);
            views.add(view);
            column.add(view);
            column.add(Box.createVerticalStrut(6));
        }
        column.revalidate();
        column.repaint();
    }
}
