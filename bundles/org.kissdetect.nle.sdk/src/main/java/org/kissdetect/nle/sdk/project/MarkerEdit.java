package org.kissdetect.nle.sdk.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A group of marker changes that the user sees, and undoes, as one step.
 *
 * @param label   what the step did, for the host's Undo menu: {@code "Detect kissing scenes"}
 * @param changes the changes, applied in order
 */
public record MarkerEdit(String label, List<MarkerChange> changes) {

    /** Checks that there is a label and copies the changes. */
    public MarkerEdit {
        if (label == null || label.isBlank() || changes == null) {
            throw new IllegalArgumentException("a marker edit needs a label and changes");
        }
        changes = List.copyOf(changes);
    }

    /**
     * Whether applying it would change nothing.
     *
     * @return {@code true} when there are no changes
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The edit that undoes this one: every change inverted, in reverse order.
     *
     * @return the inverse edit, with the same label
     */
    public MarkerEdit inverse() {
        List<MarkerChange> inverted = new ArrayList<>(changes.size());
        for (MarkerChange change : changes) {
            inverted.add(change.inverse());
        }
        Collections.reverse(inverted);
        return new MarkerEdit(label, inverted);
    }
}
