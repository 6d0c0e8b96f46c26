package org.kissdetect.nle.sdk.action;

import java.util.List;
import java.util.Optional;

import org.kissdetect.nle.sdk.project.Clip;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * What a context menu was opened on.
 *
 * @param project   the project
 * @param media     the selected media items; for a clip menu, the media items of the selected clips
 * @param clips     the selected clips; empty for a media menu
 * @param selection the span of time selected on the timeline, in the time of the one media item it lies on
 *                  ({@code media} then holds that item alone), or {@code null} when none is; since 1.1
 * @param marker    the marker the menu was opened on, on the one media item in {@code media}, or {@code null};
 *                  since 1.1
 */
public record ActionContext(Project project, List<MediaItem> media, List<Clip> clips, TimeRange selection,
        Marker marker) {

    /**
     * A menu opened on media items or clips, without a selected span or a marker.
     *
     * @param project the project
     * @param media   the selected media items
     * @param clips   the selected clips
     */
    public ActionContext(Project project, List<MediaItem> media, List<Clip> clips) {
        this(project, media, clips, null, null);
    }

    /** Checks that every part is present, copies the lists, and that a span or a marker names one media item. */
    public ActionContext {
        if (project == null || media == null || clips == null) {
            throw new IllegalArgumentException("an action context needs a project, media and clips");
        }
        media = List.copyOf(media);
        clips = List.copyOf(clips);
        if ((selection != null || marker != null) && media.size() != 1) {
            throw new IllegalArgumentException("a selected span or marker lies on one media item, not "
                    + media.size());
        }
        if (selection != null && !(selection.end() > selection.start())) {
            throw new IllegalArgumentException("a selected span has a length, got " + selection);
        }
    }

    /**
     * @return the span selected on the timeline, in its media item's time
     * @since 1.1
     */
    public Optional<TimeRange> selectedSpan() {
        return Optional.ofNullable(selection);
    }

    /**
     * @return the marker the menu was opened on
     * @since 1.1
     */
    public Optional<Marker> markerUnderCursor() {
        return Optional.ofNullable(marker);
    }
}
