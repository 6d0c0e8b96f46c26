package org.kissdetect.projects.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.common.time.FrameRate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The timeline of an MLT document, as Shotcut and Kdenlive write it: the main tractor's tracks (playlists, or
 * tractors of playlists), each a row of entries and blanks whose positions add up in frames of the profile's rate.
 * Tracks whose video is hidden are sound only and are left out. An entry's source time is its in point in profile
 * frames, times the speed of a {@code timewarp} producer.
 */
final class MltTimeline {

    private static final int MAX_DEPTH = 8;

    private final Path file;
    private final FrameRate rate;
    private final Path base;
    private final Map<String, Element> byId = new HashMap<>();
    private final List<ProjectClip> clips = new ArrayList<>();

    private MltTimeline(Path file, Document document) throws ProjectException {
        this.file = file;
        Element root = document.getDocumentElement();
        if (!"mlt".equals(root.getTagName())) {
            throw new ProjectException(file, "not an MLT project: its root element is <" + root.getTagName() + ">");
        }
        this.rate = rate(file, root);
        String rootFolder = root.getAttribute("root");
        Path folder = file.toAbsolutePath().getParent();
        this.base = rootFolder.isBlank() ? folder : Optional.ofNullable(ProjectFiles.media(rootFolder, folder))
                .orElse(folder);
        for (Element child : Dom.children(root)) {
            if (!child.getAttribute("id").isEmpty()) {
                byId.put(child.getAttribute("id"), child);
            }
        }
    }

    static MltTimeline read(Path file, Document document, Element mainTractor) throws ProjectException {
        MltTimeline timeline = new MltTimeline(file, document);
        try {
            timeline.tractor(mainTractor, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file, e.getMessage(), e);
        }
        return timeline;
    }

    List<ProjectClip> clips() {
        return List.copyOf(clips);
    }

    FrameRate rate() {
        return rate;
    }

    /** @return the frame of the timeline at which a timeline time in seconds shows */
    long frame(double seconds) {
        return Math.round(seconds * rate.numerator() / rate.denominator());
    }

    private void tractor(Element tractor, long position, int depth) {
        for (Element track : Dom.children(tractor, "track")) {
            String hide = track.getAttribute("hide");
            if (hide.equals("video") || hide.equals("both")) {
                continue;
            }
            Element producer = byId.get(track.getAttribute("producer"));
            if (producer != null && depth < MAX_DEPTH) {
                if (producer.getTagName().equals("playlist")) {
                    playlist(producer, position);
                } else if (producer.getTagName().equals("tractor") && !hidesVideo(producer)) {
                    tractor(producer, position, depth + 1);
                }
            }
        }
    }

    private static boolean hidesVideo(Element tractor) {
        return "1".equals(Dom.property(tractor, "kdenlive:audio_track"));
    }

    private void playlist(Element playlist, long start) {
        long position = start;
        for (Element item : Dom.children(playlist)) {
            if (item.getTagName().equals("blank")) {
                position += MltTime.frames(item.getAttribute("length"), rate);
            } else if (item.getTagName().equals("entry")) {
                Element producer = byId.get(item.getAttribute("producer"));
                long in = time(item, "in", producer, 0);
                long out = time(item, "out", producer, in);
                Optional<Media> media = producer == null ? Optional.empty() : media(producer);
                if (out >= in && media.isPresent()) {
                    double speed = media.get().speed();
                    clips.add(new ProjectClip(playlist.getAttribute("id") + " entry " + index(item),
                            media.get().file(), in * speed / fps(), (out + 1) * speed / fps(), position / fps(),
                            speed));
                }
                position += Math.max(0, out - in + 1);
            }
        }
    }

    private int index(Element entry) {
        int index = 1;
        for (Node node = entry.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
            if (node instanceof Element element && element.getTagName().equals("entry")) {
                index++;
            }
        }
        return index;
    }

    private double fps() {
        return rate.framesPerSecond();
    }

    private long time(Element entry, String name, Element producer, long fallback) {
        if (!entry.getAttribute(name).isEmpty()) {
            return MltTime.frames(entry.getAttribute(name), rate);
        }
        if (producer != null && !producer.getAttribute(name).isEmpty()) {
            return MltTime.frames(producer.getAttribute(name), rate);
        }
        return fallback;
    }

    /** The media file a producer or chain plays, and how fast. */
    record Media(Path file, double speed) {
    }

    private Optional<Media> media(Element producer) {
        String service = Dom.property(producer, "mlt_service");
        String resource = Dom.property(producer, "resource");
        if (resource == null || service == null) {
            return Optional.empty();
        }
        double speed = 1;
        if (service.equals("timewarp")) {
            int colon = resource.indexOf(':');
            String warp = Dom.property(producer, "warp_speed");
            speed = parseSpeed(warp != null ? warp : colon > 0 ? resource.substring(0, colon) : "1");
            resource = colon > 0 ? resource.substring(colon + 1) : resource;
            String original = Dom.property(producer, "warp_resource");
            resource = original != null ? original : resource;
        } else if (!service.startsWith("avformat")) {
            return Optional.empty();
        }
        Path media = ProjectFiles.media(resource, base);
        return media == null || !(speed > 0) ? Optional.empty() : Optional.of(new Media(media, Math.abs(speed)));
    }

    private double parseSpeed(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a timewarp speed that is no number: \"" + text + "\"");
        }
    }

    private static FrameRate rate(Path file, Element root) throws ProjectException {
        for (Element profile : Dom.children(root, "profile")) {
            try {
                long numerator = Long.parseLong(profile.getAttribute("frame_rate_num").strip());
                long denominator = Long.parseLong(profile.getAttribute("frame_rate_den").strip());
                return FrameRate.of((double) numerator / denominator);
            } catch (IllegalArgumentException e) {
                throw new ProjectException(file, "its profile has no frame rate: " + e.getMessage(), e);
            }
        }
        return FrameRate.of(25);
    }
}
