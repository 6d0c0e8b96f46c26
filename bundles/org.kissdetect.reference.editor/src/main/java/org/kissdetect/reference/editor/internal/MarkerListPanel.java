package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;

import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.ProjectEdit;

/**
 * The markers and labels of the media item in the viewer, times in its timecode. Double-click or Enter moves the
 * playhead to one (scrolling the timeline to it); F2 renames a marker, Delete deletes a marker or a label, both as
 * undoable steps; the context menu offers the same.
 */
final class MarkerListPanel extends JPanel {

    private static final long serialVersionUID = 1L;

    private final transient ProjectModel project;
    private final transient Viewer viewer;
    private final transient Playhead playhead;
    private final transient MediaTimecodes timecodes;
    private final transient BiConsumer<String, Double> reveal;
    private final transient BiConsumer<String, Color> status;
    private final MarkerTableModel rows = new MarkerTableModel();
    private final JTable table = new JTable(rows);
    private final JLabel title = new JLabel(" ");

    /**
     * @param reveal scrolls the timelines to a time of a media item
     * @param status shows a message in the status line
     */
    MarkerListPanel(ProjectModel project, Viewer viewer, Playhead playhead, MediaTimecodes timecodes,
            BiConsumer<String, Double> reveal, BiConsumer<String, Color> status) {
        super(new BorderLayout());
        this.project = project;
        this.viewer = viewer;
        this.playhead = playhead;
        this.timecodes = timecodes;
        this.reveal = reveal;
        this.status = status;
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setShowGrid(false);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(110);
        table.getColumnModel().getColumn(1).setPreferredWidth(160);
        bind(KeyEvent.VK_ENTER, "kissdetect.jump", this::jump);
        bind(KeyEvent.VK_F2, "kissdetect.rename", this::rename);
        bind(KeyEvent.VK_DELETE, "kissdetect.delete", this::delete);
        table.addMouseListener(new Mouse());
        add(title, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        setPreferredSize(new Dimension(520, 260));
        timecodes.addListener(() -> SwingUtilities.invokeLater(this::refresh));
        playhead.addListener(seek -> {
            if (seek) {
                refresh();
            }
        });
    }

    /** Lists the shown media item's markers and labels again. */
    void refresh() {
        Optional<MediaEntry> entry = viewer.shownEntry();
        List<MarkerRow> next = entry.map(e -> MarkerRow.of(e.item().id(), project.markers(e.item().id()),
                project.labels(e.item().id()), timecodes.of(e)))
                .orElse(List.of());
        String selected = selected().map(MarkerListPanel::id).orElse(null);
        rows.show(next);
        title.setText(entry.map(e -> " Markers and labels of " + e.item().name() + " ("
                + timecodes.of(e) + ")").orElse(" No media"));
        for (int i = 0; i < next.size(); i++) {
            if (id(next.get(i)).equals(selected)) {
                table.setRowSelectionInterval(i, i);
            }
        }
    }

    /** @return the rows shown, for tests of the window */
    List<MarkerRow> rows() {
        return rows.rows();
    }

    private void jump() {
        selected().ifPresent(row -> {
            playhead.seek(row.mediaId(), row.range().start());
            reveal.accept(row.mediaId(), row.range().start());
        });
    }

    private void rename() {
        Optional<MarkerRow> row = selected().filter(MarkerRow::isMarker);
        if (row.isEmpty()) {
            return;
        }
        Object name = JOptionPane.showInputDialog(this, "New name of the marker:", "Rename marker",
                JOptionPane.PLAIN_MESSAGE, null, null, row.get().name());
        // Without a window manager (Xvfb) the focus does not come back from the dialog by itself.
        table.requestFocus();
        if (name != null && !name.toString().isBlank() && !name.toString().equals(row.get().name())) {
            apply(row.get().renaming(name.toString().strip()));
        }
    }

    private void delete() {
        selected().ifPresent(row -> apply(row.deletion()));
    }

    private void apply(ProjectEdit edit) {
        try {
            project.applyEdit(edit);
            status.accept(edit.label(), null);
        } catch (MarkerConflictException e) {
            status.accept("Cannot " + edit.label().toLowerCase(Locale.ROOT) + ": " + e.getMessage(),
                    Color.RED.darker());
        }
    }

    private Optional<MarkerRow> selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= rows.getRowCount() ? Optional.empty() : Optional.of(rows.row(row));
    }

    private static String id(MarkerRow row) {
        return row.isMarker() ? row.marker().id() : row.label().id();
    }

    private void bind(int key, String name, Runnable action) {
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key, 0), name);
        table.getActionMap().put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent event) {
                action.run();
            }
        });
    }

    /** Double-click jumps; the popup trigger selects the row under the mouse and offers jump, rename and delete. */
    private final class Mouse extends MouseAdapter {
        @Override
        public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e)) {
                jump();
            }
        }

        @Override
        public void mousePressed(MouseEvent e) {
            popup(e);
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            popup(e);
        }

        private void popup(MouseEvent e) {
            int row = table.rowAtPoint(e.getPoint());
            if (!e.isPopupTrigger() || row < 0) {
                return;
            }
            table.setRowSelectionInterval(row, row);
            JPopupMenu menu = new JPopupMenu();
            menu.add(item("Go to", MarkerListPanel.this::jump));
            JMenuItem rename = item("Rename marker...", MarkerListPanel.this::rename);
            rename.setEnabled(rows.row(row).isMarker());
            menu.add(rename);
            menu.add(item(rows.row(row).isMarker() ? "Delete marker" : "Delete label",
                    MarkerListPanel.this::delete));
            menu.show(table, e.getX(), e.getY());
        }

        private JMenuItem item(String label, Runnable action) {
            JMenuItem item = new JMenuItem(label);
            item.addActionListener(event -> action.run());
            return item;
        }
    }
}
