package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;

import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;

/**
 * FCPXML 1.10 (Final Cut Pro, DaVinci Resolve): a project whose spine holds the movie as an asset-clip carrying
 * one marker a scene. Times are exact fractions on the frame grid ({@code 300300/30000s}). FCPXML markers have
 * no colour; the colour is left out. The format carries Final Cut Pro's name where the movie's size and rate are
 * standard ({@link FcpxmlFormatName}), and the asset the sound track's channels.
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=fcpxml")
public final class FcpxmlMarkerWriter implements MarkerWriter {

    @Override
    public String format() {
        return "fcpxml";
    }

    @Override
    public String extension() {
        return "fcpxml";
    }

    @Override
    public String description() {
        return "Final Cut Pro / DaVinci Resolve (FCPXML 1.10)";
    }

    @Override
    public void write(MarkerDocument document, OutputStream out) throws IOException {
        MediaTimecode timecode = MediaTimecode.of(document);
        FrameRate rate = timecode.rate();
        long frames = rate.framesIn(document.movie().durationSeconds());
        String duration = rate.rationalSeconds(frames);
        String tcFormat = timecode.dropFrame() ? "DF" : "NDF";
        // The media's time starts at its timecode: the asset and the clip's in point say so, and markers on the clip
        // count in that time.
        String mediaStart = rate.rationalSeconds(timecode.origin());
        String name = document.movie().file().getFileName().toString();

        XmlDocument xml = XmlDocument.withRoot("fcpxml");
        Element root = xml.root();
        root.setAttribute("version", "1.10");
        Element resources = xml.add(root, "resources");
        Element format = xml.add(resources, "format", "id", "r1");
        FcpxmlFormatName.of(document.movie()).ifPresent(standard -> format.setAttribute("name", standard));
        format.setAttribute("frameDuration", rate.rationalSeconds(1));
        format.setAttribute("width", Integer.toString(document.movie().uprightWidth()));
        format.setAttribute("height", Integer.toString(document.movie().uprightHeight()));
        PictureGeometry shown = document.movie().geometry().upright();
        if (!shown.squarePixels()) {
            format.setAttribute("paspH", Integer.toString(shown.pixelAspectWidth()));
            format.setAttribute("paspV", Integer.toString(shown.pixelAspectHeight()));
        }
        Element asset = xml.add(resources, "asset", "id", "r2", "name", name, "start", mediaStart, "duration", duration,
                "hasVideo", 1, "format", "r1", "hasAudio", document.movie().hasAudio() ? 1 : 0);
        if (document.movie().hasAudio()) {
            asset.setAttribute("audioSources", "1");
            // A count the decoder could not tell (0) is declared stereo, what most movies carry; Final Cut Pro
            // reads the file's own layout when it links the media. The sample rate is not known here, and Final Cut
            // Pro reads it from the file too: the asset's audioRate is left out rather than guessed.
            int channels = document.movie().audioChannels();
            asset.setAttribute("audioChannels", Integer.toString(channels > 0 ? channels : 2));
        }
        xml.add(asset, "media-rep", "kind", "original-media", "src", document.movie().file().toUri().toString());

        Element event = xml.add(xml.add(root, "library"), "event", "name", "Kiss Detector");
        Element project = xml.add(event, "project", "name", name + " - " + document.style().name());
        // The project's own audio is Final Cut Pro's default for a new project, written as it writes it.
        Element sequence = xml.add(project, "sequence", "format", "r1", "duration", duration, "tcStart", "0s",
                "tcFormat", tcFormat, "audioLayout", "stereo", "audioRate", "48k");
        Element clip = xml.add(xml.add(sequence, "spine"), "asset-clip", "ref", "r2", "offset", "0s", "name", name,
                "start", mediaStart, "duration", duration, "format", "r1", "tcFormat", tcFormat);
        for (SceneMarker marker : SceneMarker.of(document)) {
            xml.add(clip, "marker", "start", rate.rationalSeconds(timecode.origin() + marker.startFrame()), "duration",
                    rate.rationalSeconds(marker.durationFrames()), "value", marker.name(), "note", marker.comment());
        }
        xml.write(out, "fcpxml");
    }
}
