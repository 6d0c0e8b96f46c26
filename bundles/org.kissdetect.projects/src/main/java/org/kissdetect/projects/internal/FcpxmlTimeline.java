package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The clips of an FCPXML document's projects (each project's sequence; usually one). A sequence's spine is a row of
 * items at their {@code offset}s in the sequence's time, which starts at its {@code tcStart}. Every item has a local
 * time, from its {@code start}: a clip's is its media's time (which begins at the asset's {@code start}, the media's
 * timecode), retimed by a {@code timeMap}; items anchored to it (connected clips, secondary storylines, with a
 * {@code lane}) sit at offsets in that local time, and so do the contents of a {@code clip} or {@code sync-clip}. A
 * secondary storyline's own items count from 0. Compound and multicam clips ({@code ref-clip}, {@code mc-clip}) are
 * not opened; the media of titles, generators and sound are not pictures to detect on.
 */
final class FcpxmlTimeline {

    private static final int MAX_DEPTH = 32;
    private static final Set<String> ITEMS = Set.of("asset-clip", "clip", "video", "sync-clip", "gap", "spine",
            "title", "audio", "ref-clip", "mc-clip", "audition", "caption");
    private static final FcpxmlTime FALLBACK_FRAME = new FcpxmlTime(1, 25);

    private final FcpxmlResources resources;
    private final List<FcpxmlClip> clips = new ArrayList<>();

    /** One project's sequence: its name, for the clips' ids, and its frame grid. */
    private record Sequence(String project, FcpxmlTime frame) {
    }

    private FcpxmlTimeline(FcpxmlResources resources) {
        this.resources = resources;
    }

    /**
     * @param file     the document's file; relative media references count from its folder
     * @param document the document
     * @return the clips of its projects' sequences that show a media file's picture, each project's in timeline order
     */
    static List<FcpxmlClip> read(Path file, Document document) throws ProjectException {
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("fcpxml")) {
            throw new ProjectException(file, "not an FCPXML document: its root element is <" + root.getTagName() + ">");
        }
        String version = root.getAttribute("version").strip();
        if (!version.isEmpty() && !version.matches("1\\.\\d{1,3}")) {
            throw new ProjectException(file, "FCPXML version " + version + " is not one this reads (1.x)");
        }
        FcpxmlTimeline timeline = new FcpxmlTimeline(new FcpxmlResources(root, file.toAbsolutePath().getParent()));
        try {
            List<Element> projects = projects(root);
            if (projects.isEmpty()) {
                throw new ProjectException(file, "an FCPXML document without a project (no <project><sequence>): "
                        + "export the project itself, not only its event or clips");
            }
            for (Element project : projects) {
                timeline.project(project, projects.indexOf(project) + 1);
            }
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, e.getMessage(), e);
        }
        return List.copyOf(timeline.clips);
    }

    /** The projects, in document order: in the library's events, in events, or on their own. */
    private static List<Element> projects(Element root) {
        List<Element> projects = new ArrayList<>(Dom.children(root, "project"));
        List<Element> events = new ArrayList<>(Dom.children(root, "event"));
        for (Element library : Dom.children(root, "library")) {
            events.addAll(Dom.children(library, "event"));
        }
        for (Element event : events) {
            projects.addAll(Dom.children(event, "project"));
        }
        return projects;
    }

    private void project(Element project, int number) {
        Element sequence = Dom.child(project, "sequence");
        Element spine = sequence == null ? null : Dom.child(sequence, "spine");
        if (spine == null) {
            return;
        }
        String name = project.getAttribute("name").isBlank() ? "project " + number : project.getAttribute("name");
        Element format = resources.get(sequence.getAttribute("format"));
        FcpxmlTime frame = format == null ? FALLBACK_FRAME : FcpxmlTime.of(format, "frameDuration", FALLBACK_FRAME);
        if (frame.compareTo(FcpxmlTime.ZERO) <= 0) {
            throw new IllegalArgumentException(describe(format) + " lasts " + frame + " a frame");
        }
        int first = clips.size();
        FcpxmlTime tcStart = FcpxmlTime.of(sequence, "tcStart", FcpxmlTime.ZERO);
        storyline(spine, new Sequence(name, frame), FcpxmlTime.ZERO, tcStart, 0);
        clips.subList(first, clips.size()).sort(Comparator.comparingDouble(clip -> clip.clip().timelineStart()));
    }

    /** A storyline's items, each at its offset in the storyline's time ({@code origin} at {@code timeline}). */
    private void storyline(Element spine, Sequence sequence, FcpxmlTime timeline, FcpxmlTime origin, int depth) {
        FcpxmlTime cursor = origin;
        for (Element child : Dom.children(spine)) {
            // Transitions overlap the items either side and take no time of their own.
            if (ITEMS.contains(child.getTagName())) {
                FcpxmlTime offset = FcpxmlTime.of(child, "offset", cursor);
                item(child, sequence, timeline.plus(offset.minus(origin)), depth + 1);
                cursor = offset.plus(FcpxmlTime.of(child, "duration", FcpxmlTime.ZERO));
            }
        }
    }

    private void item(Element item, Sequence sequence, FcpxmlTime timeline, int depth) {
        if (depth > MAX_DEPTH || "0".equals(item.getAttribute("enabled"))) {
            return;
        }
        switch (item.getTagName()) {
            case "asset-clip", "video" -> {
                clip(item, item, sequence, timeline);
                anchored(item, sequence, timeline, localStart(item), depth);
            }
            case "clip", "sync-clip" -> wrapper(item, sequence, timeline, depth);
            case "spine" -> storyline(item, sequence, timeline, FcpxmlTime.ZERO, depth);
            case "audition" -> {
                // Its first clip is the one picked; the others are alternatives not on the timeline.
                List<Element> picks = Dom.children(item).stream().filter(e -> ITEMS.contains(e.getTagName())).toList();
                if (!picks.isEmpty()) {
                    item(picks.get(0), sequence, timeline, depth + 1);
                }
            }
            default -> anchored(item, sequence, timeline, localStart(item), depth);
        }
    }

    /** The items anchored to one (connected clips, storylines), at offsets in its local time from {@code start}. */
    private void anchored(Element parent, Sequence sequence, FcpxmlTime timeline, FcpxmlTime start, int depth) {
        for (Element child : Dom.children(parent)) {
            if (ITEMS.contains(child.getTagName())) {
                item(child, sequence, timeline.plus(FcpxmlTime.of(child, "offset", start).minus(start)), depth + 1);
            }
        }
    }

    /**
     * A {@code clip} or {@code sync-clip}: its contents sit in its local time; the first without a lane, when it is
     * a media's {@code video} or {@code asset-clip}, is the clip's own picture, marked on the clip itself.
     */
    private void wrapper(Element wrapper, Sequence sequence, FcpxmlTime timeline, int depth) {
        FcpxmlTime start = FcpxmlTime.of(wrapper, "start", FcpxmlTime.ZERO);
        Element primary = null;
        for (Element child : Dom.children(wrapper)) {
            if (child.getAttribute("lane").matches("0?") && ITEMS.contains(child.getTagName())) {
                primary = Set.of("video", "asset-clip").contains(child.getTagName()) ? child : null;
                break;
            }
        }
        for (Element child : Dom.children(wrapper)) {
            if (!ITEMS.contains(child.getTagName())) {
                continue;
            }
            FcpxmlTime at = timeline.plus(FcpxmlTime.of(child, "offset", start).minus(start));
            if (child == primary) {
                clip(wrapper, child, sequence, timeline);
                anchored(child, sequence, at, localStart(child), depth + 1);
            } else {
                item(child, sequence, at, depth + 1);
            }
        }
    }

    /**
     * A clip showing a media file: {@code host} is the element on the timeline (its local time is the media's, or
     * for a wrapper, its contents'), {@code media} the element naming the asset (the host itself, or its picture).
     */
    private void clip(Element host, Element media, Sequence sequence, FcpxmlTime timeline) {
        FcpxmlAsset asset = resources.asset(media);
        if (asset == null || !asset.picture() || asset.file() == null || "0".equals(media.getAttribute("enabled"))
                || "audio".equals(host.getAttribute("srcEnable")) || "audio".equals(media.getAttribute("srcEnable"))) {
            return;
        }
        boolean wrapped = host != media;
        FcpxmlTime start = FcpxmlTime.of(host, "start", wrapped ? FcpxmlTime.ZERO : asset.start());
        FcpxmlTime duration = FcpxmlTime.of(host, "duration", wrapped || asset.duration() == null ? null
                : asset.start().plus(asset.duration()).minus(start));
        if (duration == null) {
            throw new IllegalArgumentException(describe(host) + " says not how long it lasts");
        }
        FcpxmlRetime retime = FcpxmlRetime.of(host);
        if (duration.compareTo(FcpxmlTime.ZERO) <= 0 || !(retime.speed() > 0)) {
            return; // shows nothing, or plays its media backwards or frozen, which a clip's speed cannot say
        }
        // Within a wrapper, the picture's own start is the media time at its offset in the wrapper's contents.
        double mediaFromContents = wrapped ? FcpxmlTime.of(media, "start", asset.start()).seconds()
                - FcpxmlTime.of(media, "offset", FcpxmlTime.ZERO).seconds() : 0;
        double in = retime.media(start.seconds()) + mediaFromContents - asset.start().seconds();
        double out = retime.media(start.plus(duration).seconds()) + mediaFromContents - asset.start().seconds();
        if (in < -1e-6) { // within a rounding error, it starts at the media's first frame
            throw new IllegalArgumentException(describe(host) + " starts " + (-in) + " s before its media's first "
                    + "frame (its asset's start, " + asset.start() + ")");
        }
        String id = String.format(Locale.ROOT, "%s: %s \"%s\" at %.3f s", sequence.project(), host.getTagName(),
                host.getAttribute("name").isBlank() ? media.getAttribute("ref") : host.getAttribute("name"),
                timeline.seconds());
        ProjectClip clip = new ProjectClip(id, asset.file(), Math.max(0, in), out, timeline.seconds(),
                retime.speed());
        clips.add(new FcpxmlClip(clip, FcpxmlClip.pathOf(host), start, start.plus(duration), sequence.frame(),
                FcpxmlClip.pathOf(media), asset.start()));
    }

    /** The local time at an item's first frame: its {@code start}, by default its media's start. */
    private FcpxmlTime localStart(Element item) {
        FcpxmlAsset asset = item.hasAttribute("ref") && Set.of("asset-clip", "video", "audio").contains(
                item.getTagName()) ? resources.asset(item) : null;
        return FcpxmlTime.of(item, "start", asset == null ? FcpxmlTime.ZERO : asset.start());
    }

    /** @return {@code <asset-clip name="a.mp4">}, to say which element is wrong */
    static String describe(Element element) {
        String name = element.getAttribute("name");
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (name.isEmpty() ? "" : " name=\"" + name + "\"")
                + (id.isEmpty() ? "" : " id=\"" + id + "\"") + ">";
    }
}
