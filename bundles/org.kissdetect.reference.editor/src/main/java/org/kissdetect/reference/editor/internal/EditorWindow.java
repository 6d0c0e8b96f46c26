package org.kissdetect.reference.editor.internal;

import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;

import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * The main window: menus, the media bin over the inspector beside the viewer and the marker list over the timelines, the job bar
 * below. Drop files anywhere on it.
 */
final class EditorWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    private final transient ProjectModel project;
    private final MediaBin bin;
    private final TimelinesPanel timelines;
    private final Viewer viewer;
    private final MarkerListPanel list;
    private final InspectorPanel inspector;

    EditorWindow(ProjectModel project, EditorCommands commands, MediaBin bin, TimelinesPanel timelines, JobBar status,
            Runnable preferences, Runnable closing, Viewer viewer, MarkerListPanel list, InspectorPanel inspector) {
        super(title(project));
        this.project = project;
        this.bin = bin;
        this.timelines = timelines;
        this.viewer = viewer;
        this.list = list;
        this.inspector = inspector;
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                closing.run();
            }
        });
        JMenuBar menus = new JMenuBar();
        JMenu file = new JMenu("File");
        file.add(item("Import movies...", KeyEvent.VK_I, 0, e -> commands.chooseAndImport()));
        file.add(item("Open project...", KeyEvent.VK_O, 0, e -> commands.chooseAndLoad()));
        file.add(item("Save project", KeyEvent.VK_S, 0, e -> commands.save(false)));
        file.add(item("Save project as...", KeyEvent.VK_S, InputEvent.SHIFT_DOWN_MASK, e -> commands.save(true)));
        file.addSeparator();
        file.add(item("Quit", KeyEvent.VK_Q, 0, e -> closing.run()));
        JMenu edit = new JMenu("Edit");
        JMenuItem undo = item("Undo", KeyEvent.VK_Z, 0, e -> commands.undo(false));
        JMenuItem redo = item("Redo", KeyEvent.VK_Z, InputEvent.SHIFT_DOWN_MASK, e -> commands.undo(true));
        edit.add(undo);
        edit.add(redo);
        edit.addSeparator();
        edit.add(item("Preferences...", KeyEvent.VK_COMMA, 0, e -> preferences.run()));
        edit.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent event) {
                undo.setText(project.undoLabel().map(label -> "Undo " + label).orElse("Undo"));
                undo.setEnabled(project.undoLabel().isPresent());
                redo.setText(project.redoLabel().map(label -> "Redo " + label).orElse("Redo"));
                redo.setEnabled(project.redoLabel().isPresent());
            }

            @Override
            public void menuDeselected(MenuEvent event) {
                undo.setEnabled(true);
                redo.setEnabled(true);
            }

            @Override
            public void menuCanceled(MenuEvent event) {
                menuDeselected(event);
            }
        });
        menus.add(file);
        menus.add(edit);
        menus.add(ViewMenu.of(timelines, viewer));
        setJMenuBar(menus);
        JSplitPane review = new JSplitPane(JSplitPane.VERTICAL_SPLIT,
                new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, viewer, list), timelines);
        review.setDividerLocation(Viewer.HEIGHT + 44);
        JSplitPane media = new JSplitPane(JSplitPane.VERTICAL_SPLIT, bin, inspector);
        media.setResizeWeight(1);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, media, review);
        split.setResizeWeight(0);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        FileDrop drop = new FileDrop(commands::open);
        getRootPane().setTransferHandler(drop);
        timelines.setTransferHandler(drop);
        bin.setTransferHandler(drop);
        viewer.bindKeys(this);
        setSize(1280, 760);
        setLocationRelativeTo(null);
    }

    static String title(ProjectModel project) {
        return (project.isModified() ? "*" : "") + project.name() + " - Kiss Detector reference editor";
    }

    /** Shows the project again after a change. Call on the event thread. */
    void refresh() {
        setTitle(title(project));
        bin.refresh();
        timelines.refresh();
        viewer.refresh();
        list.refresh();
        inspector.refresh();
    }

    private static JMenuItem item(String label, int key, int modifiers,
            Consumer<ActionEvent> action) {
        JMenuItem item = new JMenuItem(label);
        item.setAccelerator(KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK | modifiers));
        item.addActionListener(action::accept);
        return item;
    }
}
