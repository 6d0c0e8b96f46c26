package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A Kdenlive project; it is annotated with one timeline guide a scene shown, at the scene's first frame, in a guide
 * category of the style's name and colour. Kdenlive keeps one guide a frame, so a guide that would fall on another
 * guide's frame moves to the scene's next free frame.
 */
final class KdenliveProject implements EditorProject {

    static final String MAIN_BIN = "main_bin";

    private final Path file;
    private final Document document;
    private final MltTimeline timeline;

    KdenliveProject(Path file, Document document, MltTimeline timeline) {
        this.file = file;
        this.document = document;
        this.timeline = timeline;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "kdenlive";
    }

    @Override
    public List<ProjectClip> clips() {
        return timeline.clips();
    }

    /** The guides, points on the timeline, coloured by their category. */
    @Override
    public List<ProjectMarker> markers() {
        Element mainBin = mainBin(document);
        try {
            ArrayNode guides = KdenliveDocProperties.array(mainBin, KdenliveDocProperties.GUIDES);
            ArrayNode categories = KdenliveDocProperties.categories(mainBin);
            List<ProjectMarker> markers = new ArrayList<>();
            double fps = timeline.rate().framesPerSecond();
            for (JsonNode guide : guides) {
                double at = Math.max(0, guide.path("pos").asLong(0)) / fps;
                markers.add(new ProjectMarker(guide.path("comment").asText(""), "",
                        colourOf(categories, guide.path("type").asInt(0)), null, at, at));
            }
            return markers;
        } catch (IOException e) {
            throw new IllegalStateException("guides were checked when the project was read", e);
        }
    }

    private static String colourOf(ArrayNode categories, int type) {
        for (JsonNode category : categories) {
            if (category.path("index").asInt(-1) == type) {
                return category.path("color").asText("");
            }
        }
        return "";
    }

    @Override
    public synchronized int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out)
            throws IOException {
        Document copy = (Document) document.cloneNode(true);
        Element mainBin = mainBin(copy);
        ArrayNode guides = KdenliveDocProperties.array(mainBin, KdenliveDocProperties.GUIDES);
        boolean changed = false;
        for (int i = guides.size() - 1; i >= 0; i--) {
            if (ClipScene.signed(guides.get(i).path("comment").asText(null))) {
                guides.remove(i);
                changed = true;
            }
        }
        Set<Long> taken = new HashSet<>();
        for (JsonNode guide : guides) {
            taken.add(guide.path("pos").asLong(-1));
        }
        List<TimelineMark> marks = TimelineMark.of(clips(), scenes, style, timeline.rate());
        int written = 0;
        if (!marks.isEmpty()) {
            ArrayNode categories = KdenliveDocProperties.categories(mainBin);
            int type = category(categories, style);
            for (TimelineMark mark : marks) {
                long position = freeFrame(mark, taken);
                if (position >= 0) {
                    taken.add(position);
                    guides.addObject().put("comment", comment(mark)).put("pos", position).put("type", type);
                    written++;
                }
            }
            KdenliveDocProperties.write(mainBin, KdenliveDocProperties.CATEGORIES, categories);
        }
        if (changed || written > 0) {
            KdenliveDocProperties.write(mainBin, KdenliveDocProperties.GUIDES, guides);
        }
        ProjectXml.write(copy, out);
        return written;
    }

    static Element mainBin(Document document) {
        for (Element playlist : Dom.children(document.getDocumentElement(), "playlist")) {
            if (playlist.getAttribute("id").equals(MAIN_BIN)) {
                return playlist;
            }
        }
        return null;
    }

    /** @return {@code "Kissing scene 1 (15 s) (Kiss Detector)"}: the scene's name and how long it shows */
    private String comment(TimelineMark mark) {
        long seconds = Math.round((mark.endFrame() - mark.startFrame()) / timeline.rate().framesPerSecond());
        return mark.scene().name() + " (" + seconds + " s) " + ClipScene.SIGNATURE;
    }

    /** @return the first frame of the mark that no guide holds, or -1 */
    private static long freeFrame(TimelineMark mark, Set<Long> taken) {
        for (long frame = mark.startFrame(); frame < mark.endFrame(); frame++) {
            if (!taken.contains(frame)) {
                return frame;
            }
        }
        return -1;
    }

    /** @return the index of the category named as the style, added in its colour at a free index when absent */
    private static int category(ArrayNode categories, MarkerStyle style) {
        Set<Integer> used = new HashSet<>();
        for (JsonNode category : categories) {
            JsonNode index = category.path("index");
            if (index.canConvertToInt()) {
                if (style.name().equals(category.path("comment").asText(null))) {
                    return index.asInt();
                }
                used.add(index.asInt());
            }
        }
        int free = 0;
        while (used.contains(free)) {
            free++;
        }
        KdenliveDocProperties.category(categories, style.rgb(), style.name(), free);
        return free;
    }
}
