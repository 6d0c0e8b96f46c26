package org.kissdetect.reference.editor.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.swing.JFrame;
import javax.swing.JOptionPane;

/**
 * Asks before the editor closes a modified project: Save, Don't save or Cancel. Cancel, and a save that fails or
 * is cancelled in the file chooser (which says why in the status bar), keep the project open.
 */
final class UnsavedChangesGuard {

    /** What the user answered. */
    enum Choice { SAVE, DONT_SAVE, CANCEL }

    private final BooleanSupplier modified;
    private final Supplier<Choice> ask;
    private final BooleanSupplier save;

    /**
     * @param modified whether the project changed since it was saved or loaded
     * @param ask      asks the user what to do with the changes
     * @param save     saves the project; false when it was not saved
     */
    UnsavedChangesGuard(BooleanSupplier modified, Supplier<Choice> ask, BooleanSupplier save) {
        this.modified = modified;
        this.ask = ask;
        this.save = save;
    }

    /** The guard of the editor's window, asking in a dialog over it. Call on the event thread. */
    static UnsavedChangesGuard of(JFrame window, ProjectModel project, EditorCommands commands) {
        return new UnsavedChangesGuard(project::isModified, () -> askIn(window, project), () -> commands.save(false));
    }

    /** @return whether the project may be closed: it is unchanged, saved now, or the user let its changes go */
    boolean mayClose() {
        if (!modified.getAsBoolean()) {
            return true;
        }
        return switch (ask.get()) {
            case SAVE -> save.getAsBoolean();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private static Choice askIn(JFrame window, ProjectModel project) {
        Object[] options = {"Save", "Don't save", "Cancel"};
        int answer = JOptionPane.showOptionDialog(window,
                "Save the changes to " + project.name() + " before closing?", "Unsaved changes",
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
        return switch (answer) {
            case 0 -> Choice.SAVE;
            case 1 -> Choice.DONT_SAVE;
            default -> Choice.CANCEL;
        };
    }
}
