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

    void undone() {
        redo.push(undo.pop());
    }

    void redone() {
        undo.push(redo.pop());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
