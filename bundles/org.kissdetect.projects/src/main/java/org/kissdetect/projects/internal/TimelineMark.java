package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.common.time.FrameRate;

/**
 * A scene where it shows on the timeline, for the formats whose markers belong to the timeline rather than to a
 * clip (Shotcut, Kdenlive guides, xmeml sequence markers). One scene shown twice at one place (a clip on two video
 * tracks) is marked once.
 *
 * @param startFrame the timeline frame of its first frame
 * @param endFrame   the timeline frame just after its last, never past the clip's
 * @param scene      the scene as the clip shows it
 */
record TimelineMark(long startFrame, long endFrame, ClipScene scene) {

    static List<TimelineMark> of(List<ProjectClip> clips, Map<Path, MediaScenes> scenes, MarkerStyle style,
            FrameRate timeline) {
        Map<String, TimelineMark> marks = new LinkedHashMap<>();
        for (ProjectClip clip : clips) {
            MediaScenes media = scenes.get(clip.media());
            if (media == null) {
                continue;
            }
            long clipEnd = frame(clip.timelineEnd(), timeline);
            for (ClipScene shown : ClipScene.of(clip, media, style)) {
                long start = frame(clip.timelineTime(shown.sourceStart()), timeline);
                long end = Math.min(clipEnd, frame(clip.timelineTime(shown.sourceEnd()), timeline));
                if (end > start) {
                    marks.putIfAbsent(start + "/" + end + "/" + shown.name(), new TimelineMark(start, end, shown));
                }
            }
        }
        List<TimelineMark> sorted = new ArrayList<>(marks.values());
        sorted.sort(Comparator.comparingLong(TimelineMark::startFrame).thenComparingLong(TimelineMark::endFrame));
        return sorted;
    }

    /** @return the timeline frame nearest a timeline time */
    static long frame(double seconds, FrameRate rate) {
        return Math.round(seconds * rate.numerator() / rate.denominator());
    }
}
