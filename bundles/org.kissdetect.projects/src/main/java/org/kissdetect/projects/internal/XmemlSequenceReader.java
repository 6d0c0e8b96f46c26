package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the sequences of an xmeml document: the clipitems of their video tracks that play a media file with a
 * picture, and those of the sequences nested in them, placed where the nesting clip shows them. A file or sequence
 * defined once is referred to afterwards by its id alone ({@code <file id="file-2"/>}). Disabled tracks and clips
 * show nothing and are left out. What is not of the format is refused with an {@link IllegalArgumentException}.
 */
final class XmemlSequenceReader {

    private static final int MAX_DEPTH = 8;
    /** Clipitems read in all, nested ones each time their sequence is used: bounds a hostile fan of nestings. */
    private static final int MAX_ITEMS = 1_000_000;

    private final Path base;
    private final Map<String, Element> files;
    private final Map<String, Element> sequences;
    private int items;

    XmemlSequenceReader(Document document, Path base) {
        this.base = base;
        this.files = definitions(document, "file");
        this.sequences = definitions(document, "sequence");
    }

    XmemlTimeline read(Element sequence) {
        FrameRate rate = rateOf(sequence);
        List<XmemlTimeline.Clip> clips = new ArrayList<>(clips(sequence, rate, 0));
        clips.sort(Comparator.comparingDouble(clip -> clip.clip().timelineStart()));
        return new XmemlTimeline(sequence, rate, clips);
    }

    private List<XmemlTimeline.Clip> clips(Element sequence, FrameRate rate, int depth) {
        List<XmemlTimeline.Clip> clips = new ArrayList<>();
        Element media = Dom.child(sequence, "media");
        Element video = media == null ? null : Dom.child(media, "video");
        if (video == null) {
            return clips;
        }
        int trackNumber = 0;
        for (Element track : Dom.children(video, "track")) {
            trackNumber++;
            if (XmemlValues.disabled(track)) {
                continue;
            }
            int itemNumber = 0;
            for (Element clipitem : Dom.children(track, "clipitem")) {
                itemNumber++;
                if (++items > MAX_ITEMS) {
                    throw new IllegalArgumentException("more than " + MAX_ITEMS + " clips in its sequences");
                }
                String id = clipitem.getAttribute("id").isEmpty() ? "V" + trackNumber + " clip " + itemNumber
                        : clipitem.getAttribute("id");
                if (XmemlValues.disabled(clipitem)) {
                    continue;
                }
                try {
                    clips.addAll(clipitem(clipitem, id, rate, depth));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
                }
            }
        }
        return clips;
    }

    private List<XmemlTimeline.Clip> clipitem(Element clipitem, String id, FrameRate sequenceRate, int depth) {
        Element file = Dom.child(clipitem, "file");
        if (file != null) {
            return fileClip(clipitem, id, resolve(file, files), sequenceRate).stream().toList();
        }
        Element nested = Dom.child(clipitem, "sequence");
        if (nested != null) {
            return nestedClips(clipitem, id, resolve(nested, sequences), sequenceRate, depth);
        }
        return List.of();
    }

    private Optional<XmemlTimeline.Clip> fileClip(Element clipitem, String id, Element file, FrameRate sequenceRate) {
        Element pathurl = Dom.child(file, "pathurl");
        Path media = pathurl == null ? null : XmemlValues.media(pathurl.getTextContent(), base);
        Element fileMedia = Dom.child(file, "media");
        if (media == null || (fileMedia != null && Dom.child(fileMedia, "video") == null)) {
            return Optional.empty();
        }
        FrameRate sourceRate = firstRate(clipitem, file, sequenceRate);
        return XmemlClipItem.of(clipitem, sourceRate, sequenceRate).map(item -> new XmemlTimeline.Clip(
                new ProjectClip(id, media, item.sourceIn(), item.sourceOut(), item.timelineStart(), item.speed()),
                clipitem, sourceRate, item.reversed(), item.constant()));
    }

    /** The clips of a nested sequence, each trimmed to what the nesting clip shows of it and placed where it shows. */
    private List<XmemlTimeline.Clip> nestedClips(Element clipitem, String id, Element nested, FrameRate sequenceRate,
            int depth) {
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("sequences nested more than " + MAX_DEPTH + " deep");
        }
        FrameRate nestedRate = rateOf(nested);
        Optional<XmemlClipItem> shown = XmemlClipItem.of(clipitem, firstRate(clipitem, nested, sequenceRate),
                sequenceRate);
        if (shown.isEmpty()) {
            return List.of();
        }
        XmemlClipItem item = shown.get();
        List<XmemlTimeline.Clip> clips = new ArrayList<>();
        for (XmemlTimeline.Clip inner : clips(nested, nestedRate, depth + 1)) {
            ProjectClip clip = inner.clip();
            double from = Math.max(clip.timelineStart(), item.sourceIn());
            double to = Math.min(clip.timelineEnd(), item.sourceOut());
            double sourceFrom = inner.reversed() ? clip.sourceOut() - (to - clip.timelineStart()) * clip.speed()
                    : clip.sourceIn() + (from - clip.timelineStart()) * clip.speed();
            double sourceTo = sourceFrom + (to - from) * clip.speed();
            if (!(to - from > 0.5 / sequenceRate.framesPerSecond()) || !(sourceTo > sourceFrom)) {
                continue;
            }
            double start = item.timelineStart() + (item.reversed() ? item.sourceOut() - to : from - item.sourceIn())
                    / item.speed();
            clips.add(new XmemlTimeline.Clip(new ProjectClip(id + " > " + clip.id(), clip.media(), sourceFrom,
                    sourceTo, start, clip.speed() * item.speed()), inner.item(), inner.itemRate(),
                    inner.reversed() != item.reversed(), inner.constant() && item.constant()));
        }
        return clips;
    }

    /** @return the defining element an element names, itself when it is the definition */
    private static Element resolve(Element element, Map<String, Element> definitions) {
        if (!Dom.children(element).isEmpty()) {
            return element;
        }
        Element definition = definitions.get(element.getAttribute("id"));
        if (definition == null) {
            throw new IllegalArgumentException("<" + element.getTagName() + " id=\"" + element.getAttribute("id")
                    + "\"/> refers to a " + element.getTagName() + " the document does not define");
        }
        return definition;
    }

    private static Map<String, Element> definitions(Document document, String tag) {
        Map<String, Element> definitions = new HashMap<>();
        NodeList elements = document.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (!element.getAttribute("id").isEmpty() && !Dom.children(element).isEmpty()) {
                definitions.putIfAbsent(element.getAttribute("id"), element);
            }
        }
        return definitions;
    }

    private static FrameRate rateOf(Element sequence) {
        FrameRate rate = XmemlValues.rate(sequence);
        if (rate == null) {
            String id = sequence.getAttribute("id");
            throw new IllegalArgumentException("sequence " + (id.isEmpty() ? "" : id + " ") + "has no <rate>");
        }
        return rate;
    }

    /** The clipitem's own rate counts its in and out points; an older writer may leave it to the source's. */
    private static FrameRate firstRate(Element clipitem, Element source, FrameRate sequenceRate) {
        FrameRate own = XmemlValues.rate(clipitem);
        FrameRate sources = own == null ? XmemlValues.rate(source) : own;
        return sources == null ? sequenceRate : sources;
    }
}
