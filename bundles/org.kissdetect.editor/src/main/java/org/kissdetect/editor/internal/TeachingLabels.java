package org.kissdetect.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.labels.Label;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;

/** The plugin's labels in a project, as teaching reads them: each in the time of its media item's file. */
final class TeachingLabels {

    private TeachingLabels() {
    }

    static List<Label> of(Project project) {
        List<Label> labels = new ArrayList<>();
        if (!project.keepsLabels()) {
            return labels;
        }
        for (MediaItem item : project.media()) {
            for (org.kissdetect.nle.sdk.project.Label label : project.labels(item.id())) {
                if (SceneMarkers.OWNER.equals(label.owner())) {
                    labels.add(new Label(item.file(), label.range().start(), label.range().end(), label.positive(),
                            "label in " + project.name() + " on " + item.name()));
                }
            }
        }
        return labels;
    }
}
