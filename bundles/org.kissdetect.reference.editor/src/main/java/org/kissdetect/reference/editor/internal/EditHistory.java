package org.kissdetect.reference.editor.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;


/**
 * Undo and redo stacks of project edits (markers and labels) and plugins' undoable changes. Not thread-safe:
 * {@link ProjectModel} guards it.
 */
final class EditHistory {

    private static final int LIMIT = 200;

    private final Deque<HistoryStep> undo = new ArrayDeque<>();
    private final Deque<HistoryStep> redo = new ArrayDeque<>();

    void done(HistoryStep edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<HistoryStep> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<HistoryStep> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * Undoes the last step done: its edit's inverse applied through {@code edits}, or its change reverted. A step
     * that fails stays where it was.
     *
     * @return the step's label, or empty when there was nothing to undo
     */
    Optional<String> undo(HistoryStep.Edits edits) throws Exception {
        HistoryStep step = undo.peek();
        if (step == null) {
            return Optional.empty();
        }
        step.undo(edits);
        redo.push(undo.pop());
        return Optional.of(step.label());
    }

    /** Redoes the last step undone, as {@link #undo} undoes. */
    Optional<String> redo(HistoryStep.Edits edits) throws Exception {
        HistoryStep step = redo.peek();
        if (step == null) {
            return Optional.empty();
        }
        step.redo(edits);
        undo.push(redo.pop());
        return Optional.of(step.label());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
