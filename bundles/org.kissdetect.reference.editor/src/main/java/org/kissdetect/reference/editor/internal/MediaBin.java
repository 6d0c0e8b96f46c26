package org.kissdetect.reference.editor.internal;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JScrollPane;

import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.project.MediaItem;

/** The project's media items; right-clicking opens the media context menu on the selection. */
final class MediaBin extends JScrollPane {

    private static final long serialVersionUID = 1L;

    private final transient ProjectModel project;
    private final DefaultListModel<MediaEntry> model = new DefaultListModel<>();
    private final JList<MediaEntry> list = new JList<>(model);

    MediaBin(ProjectModel project, ActionMenus menus) {
        this.project = project;
        setViewportView(list);
        setPreferredSize(new Dimension(260, 400));
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> owner, Object value, int index, boolean selected,
                    boolean focused) {
                MediaEntry entry = (MediaEntry) value;
                int markers = project.markers(entry.item().id()).size();
                String text = "<html><b>" + entry.item().name() + "</b><br><small>"
                        + (entry.durationSeconds() > 0 ? TimelineView.clock(entry.durationSeconds()) : "length unknown")
                        + ", " + markers + (markers == 1 ? " marker" : " markers") + "</small></html>";
                return super.getListCellRendererComponent(owner, text, index, selected, focused);
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                if (!e.isPopupTrigger()) {
                    return;
                }
                int row = list.locationToIndex(e.getPoint());
                if (row >= 0 && !list.isSelectedIndex(row)) {
                    list.setSelectedIndex(row);
                }
                List<MediaItem> selected = list.getSelectedValuesList().stream().map(MediaEntry::item).toList();
                menus.show(list, e.getX(), e.getY(), "media", new ActionContext(project, selected, List.of()));
            }
        });
    }

    /** Shows the project's media again, keeping the selection where it can. */
    void refresh() {
        List<String> selected = list.getSelectedValuesList().stream().map(e -> e.item().id()).toList();
        model.clear();
        project.entries().forEach(model::addElement);
        for (int i = 0; i < model.size(); i++) {
            if (selected.contains(model.get(i).item().id())) {
                list.addSelectionInterval(i, i);
            }
        }
    }
}
