package org.kissdetect.reference.editor.internal;

import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.UndoableChange;

/** One step of the undo history: an edit of markers and labels, or a plugin's own undoable change. */
sealed interface HistoryStep {

    /** Applies a project edit whole, or nothing of it. */
    interface Edits {
        void apply(ProjectEdit edit) throws MarkerConflictException;
    }

    String label();

    /** Takes the step back. */
    void undo(Edits edits) throws Exception;

    /** Makes the step again. */
    void redo(Edits edits) throws Exception;

    record Edit(ProjectEdit edit) implements HistoryStep {
        @Override
        public String label() {
            return edit.label();
        }

        @Override
        public void undo(Edits edits) throws MarkerConflictException {
            edits.apply(edit.inverse());
        }

        @Override
        public void redo(Edits edits) throws MarkerConflictException {
            edits.apply(edit);
        }
    }

    record Change(UndoableChange change) implements HistoryStep {
        @Override
        public String label() {
            return change.label();
        }

        @Override
        public void undo(Edits edits) throws Exception {
            change.revert();
        }

        @Override
        public void redo(Edits edits) throws Exception {
            change.apply();
        }
    }
}
