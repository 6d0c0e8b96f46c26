package org.kissdetect.projects.internal;

import java.util.List;

import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Element;

/**
 * One sequence of an xmeml document with the clips of its video tracks, nested sequences' clips included.
 *
 * @param sequence its {@code <sequence>} element
 * @param rate     its rate, in which its markers count frames from its start
 * @param clips    its clips, in timeline order
 */
record XmemlTimeline(Element sequence, FrameRate rate, List<Clip> clips) {

    XmemlTimeline {
        clips = List.copyOf(clips);
    }

    /** @return the clips that show a given source time at one known place, those its markers are placed by */
    List<ProjectClip> markableClips() {
        return clips.stream().filter(Clip::markable).map(Clip::clip).toList();
    }

    /**
     * A clip on the timeline and how it plays its source.
     *
     * @param clip     where it is and what of its media it shows (for a reversed clip, the span it plays backwards)
     * @param item     the {@code <clipitem>} it comes from (within a nested sequence, the one playing the media)
     * @param itemRate the rate at which that clipitem counts its media's frames, as its markers do
     * @param reversed whether it plays backwards
     * @param constant whether it plays at one speed
     */
    record Clip(ProjectClip clip, Element item, FrameRate itemRate, boolean reversed, boolean constant) {

        boolean markable() {
            return constant && !reversed;
        }
    }
}
