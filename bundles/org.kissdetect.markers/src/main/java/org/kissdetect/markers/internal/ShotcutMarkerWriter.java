package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;

/**
 * A Shotcut project (MLT XML) with the movie on the timeline and one range marker a scene. Shotcut reads
 * markers from the main tractor's {@code shotcut:markers} properties, and opens the file as a project only when
 * that tractor carries {@code shotcut=1}.
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=shotcut")
public final class ShotcutMarkerWriter implements MarkerWriter {

    @Override
    public String format() {
        return "shotcut";
    }

    @Override
    public String extension() {
        return "mlt";
    }

    @Override
    public String description() {
        return "Shotcut project with range markers";
    }

    @Override
    public void write(MarkerDocument document, OutputStream out) throws IOException {
        FrameRate rate = FrameRate.of(document.movie().frameRate());
        long frames = Math.max(1, rate.framesIn(document.movie().durationSeconds()));
        long last = frames - 1;
        String name = document.movie().file().getFileName().toString();

        XmlDocument xml = MltProject.withProfile(document, rate);
        Element root = xml.root();
        root.setAttribute("producer", "main_bin");
        root.setAttribute("title", name + " - " + document.style().name());
        xml.property(xml.add(root, "playlist", "id", "main_bin"), "xml_retain", 1);

        Element black = xml.add(root, "producer", "id", "black", "in", 0, "out", last);
        xml.property(black, "length", frames);
        xml.property(black, "eof", "pause");
        xml.property(black, "resource", "0");
        xml.property(black, "mlt_service", "color");
        xml.property(black, "set.test_audio", 0);
        xml.add(xml.add(root, "playlist", "id", "background"), "entry", "producer", "black", "in", 0, "out", last);

        Element movie = xml.add(root, "producer", "id", "producer0", "in", 0, "out", last);
        xml.property(movie, "length", frames);
        xml.property(movie, "eof", "pause");
        xml.property(movie, "resource", document.movie().file().toAbsolutePath());
        xml.property(movie, "mlt_service", "avformat-novalidate");
        xml.property(movie, "seekable", 1);
        xml.property(movie, "shotcut:caption", name);
        Element track = xml.add(root, "playlist", "id", "playlist0");
        xml.property(track, "shotcut:video", 1);
        xml.property(track, "shotcut:name", "V1");
        xml.add(track, "entry", "producer", "producer0", "in", 0, "out", last);

        Element tractor = xml.add(root, "tractor", "id", "tractor0", "title", name, "in", 0, "out", last);
        xml.property(tractor, "shotcut", 1);
        Element markers = xml.add(tractor, "properties", "name", "shotcut:markers");
        String colour = document.style().rgb();
        int index = 0;
        for (SceneMarker marker : SceneMarker.of(document)) {
            Element properties = xml.add(markers, "properties", "name", index++);
            xml.property(properties, "text", marker.name() + MediaTimecode.rangeSuffix(document, marker));
            xml.property(properties, "start", marker.startFrame());
            xml.property(properties, "end", Math.max(marker.startFrame(), marker.endFrame() - 1));
            xml.property(properties, "color", colour);
        }
        xml.add(tractor, "track", "producer", "background");
        xml.add(tractor, "track", "producer", "playlist0");
        Element mix = xml.add(tractor, "transition", "id", "transition0");
        xml.property(mix, "a_track", 0);
        xml.property(mix, "b_track", 1);
        xml.property(mix, "mlt_service", "mix");
        xml.property(mix, "always_active", 1);
        xml.property(mix, "sum", 1);
        xml.write(out, null);
    }
}
