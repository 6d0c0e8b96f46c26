package org.kissdetect.nle.sdk.event;

import java.util.List;

import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;

/**
 * Media items were imported into a project.
 *
 * @param project the project
 * @param items   the new items, in import order
 */
public record MediaImportEvent(Project project, List<MediaItem> items) {

    /** Checks that every part is present and copies the items. */
    public MediaImportEvent {
        if (project == null || items == null) {
            throw new IllegalArgumentException("an import event needs a project and items");
        }
        items = List.copyOf(items);
    }
}
