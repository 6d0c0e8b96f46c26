package org.kissdetect.reference.editor.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.kissdetect.nle.sdk.project.ProjectEdit;

/** Undo and redo stacks of project edits (markers and labels). Not thread-safe: {@link ProjectModel} guards it. */
final class EditHistory {

    private static final int LIMIT = 200;

    private final Deque<ProjectEdit> undo = new ArrayDeque<>();
    private final Deque<ProjectEdit> redo = new ArrayDeque<>();

    void done(ProjectEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<ProjectEdit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<ProjectEdit> nextRedo() {
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
