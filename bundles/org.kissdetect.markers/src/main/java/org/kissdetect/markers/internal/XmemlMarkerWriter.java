package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;

/**
 * Final Cut Pro 7 XML (xmeml version 5), what Premiere Pro imports: a sequence holding the movie as a clip item,
 * with one sequence marker a scene ({@code in}/{@code out} in frames of the sequence's timebase).
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=xmeml")
public final class XmemlMarkerWriter implements MarkerWriter {

    @Override
    public String format() {
        return "xmeml";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public String description() {
        return "Premiere Pro / Final Cut Pro 7 XML";
    }

    @Override
    public void write(MarkerDocument document, OutputStream out) throws IOException {
        MediaTimecode mediaTimecode = MediaTimecode.of(document);
        FrameRate rate = mediaTimecode.rate();
        long frames = rate.framesIn(document.movie().durationSeconds());
        String name = document.movie().file().getFileName().toString();

        XmlDocument xml = XmlDocument.withRoot("xmeml");
        xml.root().setAttribute("version", "5");
        Element sequence = xml.add(xml.root(), "sequence", "id", "sequence-1");
        xml.text(sequence, "name", name + " - " + document.style().name());
        xml.text(sequence, "duration", frames);
        rate(xml, sequence, rate);
        // The sequence holds the movie alone from its first frame: it counts in the media's timecode, so its ruler
        // shows the camera's timecode; markers count frames from the sequence's start whatever its timecode.
        timecode(xml, sequence, mediaTimecode);

        Element video = xml.add(xml.add(sequence, "media"), "video");
        Element characteristics = xml.add(xml.add(video, "format"), "samplecharacteristics");
        rate(xml, characteristics, rate);
        xml.text(characteristics, "width", document.movie().uprightWidth());
        xml.text(characteristics, "height", document.movie().uprightHeight());
        XmemlPixelAspect.of(document.movie()).ifPresent(shape -> xml.text(characteristics, "pixelaspectratio", shape));
        Element clip = xml.add(xml.add(video, "track"), "clipitem", "id", "clipitem-1");
        xml.text(clip, "name", name);
        xml.text(clip, "duration", frames);
        rate(xml, clip, rate);
        xml.text(clip, "start", 0);
        xml.text(clip, "end", frames);
        xml.text(clip, "in", 0);
        xml.text(clip, "out", frames);
        Element file = xml.add(clip, "file", "id", "file-1");
        xml.text(file, "name", name);
        xml.text(file, "pathurl", document.movie().file().toUri().toString());
        rate(xml, file, rate);
        xml.text(file, "duration", frames);
        timecode(xml, file, mediaTimecode);

        for (SceneMarker marker : SceneMarker.of(document)) {
            Element element = xml.add(sequence, "marker");
            xml.text(element, "comment", marker.comment());
            xml.text(element, "name", marker.name());
            xml.text(element, "in", marker.startFrame());
            xml.text(element, "out", marker.endFrame());
        }
        xml.write(out, "xmeml");
    }

    /** A {@code timecode} element: the label and frame number of the first frame. */
    private static void timecode(XmlDocument xml, Element parent, MediaTimecode mediaTimecode) {
        Element timecode = xml.add(parent, "timecode");
        rate(xml, timecode, mediaTimecode.rate());
        xml.text(timecode, "string", mediaTimecode.label(0));
        xml.text(timecode, "frame", mediaTimecode.origin());
        xml.text(timecode, "displayformat", mediaTimecode.dropFrame() ? "DF" : "NDF");
    }

    /** xmeml's rate: a whole timebase, with NTSC marking the 1000/1001 rates. */
    private static void rate(XmlDocument xml, Element parent, FrameRate rate) {
        Element element = xml.add(parent, "rate");
        xml.text(element, "timebase", rate.nominal());
        xml.text(element, "ntsc", rate.denominator() == 1001 ? "TRUE" : "FALSE");
    }
}
