package org.kissdetect.nle.sdk.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Changes to markers and labels that the user sees, and undoes, as one step: "Reject: not kissing" removes a marker
 * and adds a label at once.
 *
 * @param label   what the step did, for the host's Undo menu
 * @param markers the marker changes, applied in order
 * @param labels  the label changes, applied in order after the markers'
 * @since 1.1
 */
public record ProjectEdit(String label, List<MarkerChange> markers, List<LabelChange> labels) {

    /** Checks that there is a label and copies the changes. */
    public ProjectEdit {
        if (label == null || label.isBlank() || markers == null || labels == null) {
            throw new IllegalArgumentException("a project edit needs a label and its changes");
        }
        markers = List.copyOf(markers);
        labels = List.copyOf(labels);
    }

    /**
     * @param edit a marker edit
     * @return the same step as a project edit
     */
    public static ProjectEdit of(MarkerEdit edit) {
        return new ProjectEdit(edit.label(), edit.changes(), List.of());
    }

    /** @return whether applying it would change nothing */
    public boolean isEmpty() {
        return markers.isEmpty() && labels.isEmpty();
    }

    /** @return the edit that undoes this one: every change inverted, in reverse order, labels first */
    public ProjectEdit inverse() {
        return new ProjectEdit(label, inverted(markers, MarkerChange::inverse), inverted(labels,
                LabelChange::inverse));
    }

    private static <T> List<T> inverted(List<T> changes, java.util.function.UnaryOperator<T> inverse) {
        List<T> inverted = new ArrayList<>(changes.size());
        for (T change : changes) {
            inverted.add(inverse.apply(change));
        }
        Collections.reverse(inverted);
        return inverted;
    }
}
