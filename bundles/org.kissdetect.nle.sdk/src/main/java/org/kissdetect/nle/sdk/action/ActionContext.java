package org.kissdetect.nle.sdk.action;

import java.util.List;

import org.kissdetect.nle.sdk.project.Clip;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;

/**
 * What a context menu was opened on.
 *
 * @param project the project
 * @param media   the selected media items; for a clip menu, the media items of the selected clips
 * @param clips   the selected clips; empty for a media menu
 */
public record ActionContext(Project project, List<MediaItem> media, List<Clip> clips) {

    /** Checks that every part is present and copies the lists. */
    public ActionContext {
        if (project == null || media == null || clips == null) {
            throw new IllegalArgumentException("an action context needs a project, media and clips");
        }
        media = List.copyOf(media);
        clips = List.copyOf(clips);
    }
}
