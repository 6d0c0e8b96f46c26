package org.kissdetect.reference.editor.internal;

import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.UndoableChange;

/** One step of the undo history: an edit of markers and labels, or a plugin's own undoable change. */
sealed interface HistoryStep {

    String label();

    record Edit(ProjectEdit edit) implements HistoryStep {
        @Override
        public String label() {
            return edit.label();
        }
    }

    record Change(UndoableChange change) implements HistoryStep {
        @Override
        public String label() {
            return change.label();
        }
    }
}
