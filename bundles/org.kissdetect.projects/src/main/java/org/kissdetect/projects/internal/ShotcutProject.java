package org.kissdetect.projects.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectMarker;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A Shotcut project; it is annotated with one range marker a scene shown, in timeline frames. */
final class ShotcutProject implements EditorProject {

    private static final String MARKERS = "shotcut:markers";

    private final Path file;
    private final Document document;
    private final Element main;
    private final MltTimeline timeline;

    ShotcutProject(Path file, Document document, Element main, MltTimeline timeline) {
        this.file = file;
        this.document = document;
        this.main = main;
        this.timeline = timeline;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "shotcut";
    }

    @Override
    public List<ProjectClip> clips() {
        return timeline.clips();
    }

    @Override
    public List<ProjectMarker> markers() {
        List<ProjectMarker> markers = new ArrayList<>();
        for (Element properties : Dom.children(main, "properties")) {
            if (properties.getAttribute("name").equals(MARKERS)) {
                for (Element marker : Dom.children(properties, "properties")) {
                    markers.add(marker(marker));
                }
            }
        }
        return markers;
    }

    /** A Shotcut marker: its end is its last frame, so the span ends one frame later. */
    private ProjectMarker marker(Element marker) {
        String text = Objects.requireNonNullElse(Dom.property(marker, "text"), "");
        long start = MltTime.frames(Objects.requireNonNullElse(Dom.property(marker, "start"), "0"), timeline.rate());
        String endText = Dom.property(marker, "end");
        long last = endText == null ? start : MltTime.frames(endText, timeline.rate());
        double fps = timeline.rate().framesPerSecond();
        return new ProjectMarker(text, "", Objects.requireNonNullElse(Dom.property(marker, "color"), ""), null,
                Math.max(0, start) / fps, Math.max(start, last + 1) / fps);
    }

    @Override
    public synchronized int writeAnnotated(Map<Path, MediaScenes> scenes, MarkerStyle style, OutputStream out)
            throws IOException {
        Document copy = (Document) document.cloneNode(true);
        Element tractor = find(copy, main);
        Element markers = markersOf(tractor);
        for (Element marker : Dom.children(markers, "properties")) {
            if (ClipScene.signed(Dom.property(marker, "text"))) {
                Dom.remove(marker);
            }
        }
        List<TimelineMark> marks = TimelineMark.of(clips(), scenes, style, timeline.rate());
        for (TimelineMark mark : marks) {
            Element marker = Dom.append(markers, "properties", "name", "");
            Dom.appendText(marker, "property", mark.scene().name() + " " + ClipScene.SIGNATURE, "name", "text");
            Dom.appendText(marker, "property", Long.toString(mark.startFrame()), "name", "start");
            Dom.appendText(marker, "property", Long.toString(mark.endFrame() - 1), "name", "end");
            Dom.appendText(marker, "property", style.rgb(), "name", "color");
        }
        int index = 0;
        for (Element marker : Dom.children(markers, "properties")) {
            marker.setAttribute("name", Integer.toString(index++));
        }
        if (Dom.children(markers).isEmpty()) {
            tractor.removeChild(markers);
        }
        ProjectXml.write(copy, out);
        return marks.size();
    }

    /** The copy's counterpart of the main tractor: the tractor at the same place among the root's tractors. */
    private static Element find(Document copy, Element original) {
        List<Element> originals = Dom.children(original.getOwnerDocument().getDocumentElement(), "tractor");
        return Dom.children(copy.getDocumentElement(), "tractor").get(originals.indexOf(original));
    }

    private static Element markersOf(Element tractor) {
        for (Element properties : Dom.children(tractor, "properties")) {
            if (properties.getAttribute("name").equals(MARKERS)) {
                return properties;
            }
        }
        Element markers = tractor.getOwnerDocument().createElement("properties");
        markers.setAttribute("name", MARKERS);
        Element firstTrack = Dom.child(tractor, "track");
        tractor.insertBefore(markers, firstTrack);
        return markers;
    }
}
