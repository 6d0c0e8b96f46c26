package org.kissdetect.reference.editor.internal;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.kissdetect.nle.sdk.event.MediaImportEvent;
import org.kissdetect.nle.sdk.project.MediaItem;

/**
 * What the menus, the command line and drag and drop do: import movies (probed in a background job, then
 * announced to the import listeners), open and save projects, undo and redo. Errors go to the status bar.
 */
final class EditorCommands {

    private static final FileNameExtensionFilter PROJECTS =
            new FileNameExtensionFilter("Reference editor projects (*.json)", "json");

    private final ProjectModel project;
    private final JobRunner jobs;
    private final ImportNotifier notifier;
    private final JobBar status;
    private JFrame frame;
    /** Asks before a modified project is replaced; none until the window is there (nothing was changed yet). */
    private UnsavedChangesGuard unsaved;

    EditorCommands(ProjectModel project, JobRunner jobs, ImportNotifier notifier, JobBar status) {
        this.project = project;
        this.jobs = jobs;
        this.notifier = notifier;
        this.status = status;
    }

    void attach(JFrame owner) {
        frame = owner;
        unsaved = UnsavedChangesGuard.of(owner, project, this);
    }

    /** Opens the first argument that is a project, then imports every other file. */
    void open(List<Path> files) {
        List<Path> movies = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                if (unsaved == null || unsaved.mayClose()) {
                    load(file);
                }
            } else {
                movies.add(file);
            }
        }
        importMovies(movies);
    }

    void importMovies(List<Path> movies) {
        if (movies.isEmpty()) {
            return;
        }
        jobs.schedule("Importing " + (movies.size() == 1 ? movies.get(0).getFileName() : movies.size() + " files"),
                monitor -> {
                    List<MediaItem> imported = new ArrayList<>();
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < movies.size() && !monitor.isCancelled(); i++) {
                        Path movie = movies.get(i).toAbsolutePath().normalize();
                        monitor.progress((double) i / movies.size(), movie.getFileName().toString());
                        try {
                            imported.add(project.add(movie, MediaTools.durationSeconds(movie)));
                        } catch (IOException e) {
                            problems.add(e.getMessage());
                        }
                    }
                    if (!imported.isEmpty()) {
                        notifier.imported(new MediaImportEvent(project, imported));
                    }
                    if (!problems.isEmpty()) {
                        throw new IOException(String.join("; ", problems));
                    }
                    monitor.progress(1, imported.size() + (imported.size() == 1 ? " movie" : " movies"));
                });
    }

    void chooseAndImport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Import movies");
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            importMovies(Stream.of(chooser.getSelectedFiles()).map(File::toPath).toList());
        }
    }

    void chooseAndLoad() {
        if (unsaved != null && !unsaved.mayClose()) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(PROJECTS);
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            load(chooser.getSelectedFile().toPath());
        }
    }

    void load(Path file) {
        try {
            project.load(ProjectFile.read(file), file);
            status.message("Opened " + file, null);
        } catch (IOException e) {
            status.message("Cannot open " + file + ": " + e.getMessage(), Color.RED.darker());
        }
    }

    /** @return whether the project was saved: false when the user cancelled the file chooser or writing failed */
    boolean save(boolean choose) {
        Optional<Path> file = project.file();
        if (choose || file.isEmpty()) {
            JFileChooser chooser = new JFileChooser();
            chooser.setFileFilter(PROJECTS);
            if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
                return false;
            }
            Path chosen = chooser.getSelectedFile().toPath();
            if (!chosen.getFileName().toString().endsWith(".json")) {
                chosen = chosen.resolveSibling(chosen.getFileName() + ".json");
            }
            String name = chosen.getFileName().toString();
            project.savedAs(chosen, name.substring(0, name.length() - 5));
            file = Optional.of(chosen);
        }
        try {
            long changes = project.changeCount();
            ProjectFile.write(project.state(), file.get());
            project.saved(changes);
            status.message("Saved " + file.get(), null);
            SwingUtilities.invokeLater(() -> frame.setTitle(EditorWindow.title(project)));
            return true;
        } catch (IOException e) {
            status.message("Cannot save " + file.get() + ": " + e.getMessage(), Color.RED.darker());
            return false;
        }
    }

    void undo(boolean redo) {
        try {
            Optional<String> label = redo ? project.redo() : project.undo();
            status.message(label.map(l -> (redo ? "Redone: " : "Undone: ") + l).orElse(redo ? "Nothing to redo"
                    : "Nothing to undo"), null);
        } catch (Exception e) {
            status.message("Cannot " + (redo ? "redo" : "undo") + ": " + e.getMessage(), Color.RED.darker());
        }
    }
}
