package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;

/**
 * Final Cut Pro 7 XML (xmeml version 5), what Premiere Pro imports: a sequence holding the movie as a clip item on
 * a video track and, when it has sound, a linked clip item of the same file on an audio track, with one sequence
 * marker a scene ({@code in}/{@code out} in frames of the sequence's timebase).
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=xmeml")
public final class XmemlMarkerWriter implements MarkerWriter {

    /** The sequence's sound: 48 kHz, the editors' video standard (the clip's own rate is the editor's to read). */
    private static final int SAMPLE_RATE = 48000;

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

        Element media = xml.add(sequence, "media");
        Element video = xml.add(media, "video");
        pictureCharacteristics(xml, xml.add(video, "format"), document, rate);
        Element picture = clipItem(xml, xml.add(video, "track"), "clipitem-1", name, frames, rate);
        file(xml, picture, document, frames, mediaTimecode);
        if (document.movie().hasAudio()) {
            soundTrack(xml, xml.add(media, "audio"), picture, name, frames, rate);
        }

        for (SceneMarker marker : SceneMarker.of(document)) {
            Element element = xml.add(sequence, "marker");
            xml.text(element, "comment", marker.comment());
            xml.text(element, "name", marker.name());
            xml.text(element, "in", marker.startFrame());
            xml.text(element, "out", marker.endFrame());
        }
        xml.write(out, "xmeml");
    }

    /**
     * The movie's {@code file}, described once (the sound clip names it by id): where it is, its timecode and, as
     * Final Cut Pro 7 exports it, what it holds, so an importer knows it has the sound the audio track plays.
     */
    private static void file(XmlDocument xml, Element clip, MarkerDocument document, long frames,
            MediaTimecode mediaTimecode) {
        Element file = xml.add(clip, "file", "id", "file-1");
        xml.text(file, "name", document.movie().file().getFileName());
        xml.text(file, "pathurl", document.movie().file().toUri().toString());
        rate(xml, file, mediaTimecode.rate());
        xml.text(file, "duration", frames);
        timecode(xml, file, mediaTimecode);
        Element media = xml.add(file, "media");
        pictureCharacteristics(xml, xml.add(media, "video"), document, mediaTimecode.rate());
        if (document.movie().hasAudio()) {
            Element sound = xml.add(media, "audio");
            if (document.movie().audioChannels() > 0) {
                xml.text(sound, "channelcount", document.movie().audioChannels());
            }
        }
    }

    /** The sequence's audio track: the file's first sound track, linked to the picture so they move as one. */
    private static void soundTrack(XmlDocument xml, Element audio, Element picture, String name, long frames,
            FrameRate rate) {
        Element format = xml.add(xml.add(audio, "format"), "samplecharacteristics");
        xml.text(format, "depth", 16);
        xml.text(format, "samplerate", SAMPLE_RATE);
        Element sound = clipItem(xml, xml.add(audio, "track"), "clipitem-2", name, frames, rate);
        xml.add(sound, "file", "id", "file-1");
        Element source = xml.add(sound, "sourcetrack");
        xml.text(source, "mediatype", "audio");
        xml.text(source, "trackindex", 1);
        for (Element clip : new Element[] {picture, sound}) {
            link(xml, clip, "clipitem-1", "video");
            link(xml, clip, "clipitem-2", "audio");
        }
    }

    /** The picture's frame rate, upright size and, where it has a name, pixel shape. */
    private static void pictureCharacteristics(XmlDocument xml, Element parent, MarkerDocument document,
            FrameRate rate) {
        Element characteristics = xml.add(parent, "samplecharacteristics");
        rate(xml, characteristics, rate);
        xml.text(characteristics, "width", document.movie().uprightWidth());
        xml.text(characteristics, "height", document.movie().uprightHeight());
        XmemlPixelAspect.of(document.movie()).ifPresent(shape -> xml.text(characteristics, "pixelaspectratio", shape));
    }

    /** A clip item showing the whole movie from the sequence's start; its {@code file} follows. */
    private static Element clipItem(XmlDocument xml, Element track, String id, String name, long frames,
            FrameRate rate) {
        Element clip = xml.add(track, "clipitem", "id", id);
        xml.text(clip, "name", name);
        xml.text(clip, "duration", frames);
        rate(xml, clip, rate);
        xml.text(clip, "start", 0);
        xml.text(clip, "end", frames);
        xml.text(clip, "in", 0);
        xml.text(clip, "out", frames);
        return clip;
    }

    /** Names a clip item of the movie's picture and sound group (each lists the group, itself included). */
    private static void link(XmlDocument xml, Element clip, String linked, String mediaType) {
        Element link = xml.add(clip, "link");
        xml.text(link, "linkclipref", linked);
        xml.text(link, "mediatype", mediaType);
        xml.text(link, "trackindex", 1);
        xml.text(link, "clipindex", 1);
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
