package org.kissdetect.reference.editor.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.kissdetect.nle.sdk.project.MarkerEdit;

/** Undo and redo stacks of marker edits. Not thread-safe: {@link ProjectModel} guards it. */
final class EditHistory {

    private static final int LIMIT = 200;

    private final Deque<MarkerEdit> undo = new ArrayDeque<>();
    private final Deque<MarkerEdit> redo = new ArrayDeque<>();

    void done(MarkerEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<MarkerEdit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<MarkerEdit> nextRedo() {
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
