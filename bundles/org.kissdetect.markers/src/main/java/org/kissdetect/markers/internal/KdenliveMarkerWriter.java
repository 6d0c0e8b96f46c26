package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Kdenlive 22.12 project with the movie on a video track and a guide at each scene's start and end (Kdenlive
 * guides are points). Guides live on the {@code main_bin} playlist as JSON in
 * {@code kdenlive:docproperties.guides}, coloured by their category in
 * {@code kdenlive:docproperties.guidesCategories}.
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=kdenlive")
public final class KdenliveMarkerWriter implements MarkerWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "kdenlive";
    }

    @Override
    public String extension() {
        return "kdenlive";
    }

    @Override
    public String description() {
        return "Kdenlive project with guides at scene starts and ends";
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
        root.setAttribute("root", document.movie().file().toAbsolutePath().getParent().toString());

        Element binClip = movieProducer(xml, root, "producer0", document, frames);
        xml.property(binClip, "kdenlive:folderid", -1);
        Element bin = xml.add(root, "playlist", "id", "main_bin");
        xml.property(bin, "kdenlive:docproperties.version", "1.04");
        xml.property(bin, "kdenlive:docproperties.kdenliveversion", "22.12.3");
        xml.property(bin, "kdenlive:docproperties.guides", guides(document));
        xml.property(bin, "kdenlive:docproperties.guidesCategories", categories(document));
        xml.property(bin, "xml_retain", 1);
        xml.add(bin, "entry", "producer", "producer0", "in", 0, "out", last);

        Element black = xml.add(root, "producer", "id", "black_track", "in", 0, "out", last);
        xml.property(black, "length", frames);
        xml.property(black, "eof", "continue");
        xml.property(black, "resource", "black");
        xml.property(black, "mlt_service", "color");
        xml.property(black, "kdenlive:playlistid", "black_track");
        xml.property(black, "set.test_audio", 0);

        movieProducer(xml, root, "producer1", document, frames);
        Element clips = xml.add(root, "playlist", "id", "playlist0");
        Element entry = xml.add(clips, "entry", "producer", "producer1", "in", 0, "out", last);
        xml.property(entry, "kdenlive:id", 2);
        xml.add(root, "playlist", "id", "playlist1");
        Element videoTrack = xml.add(root, "tractor", "id", "tractor0", "in", 0, "out", last);
        xml.property(videoTrack, "kdenlive:track_name", "V1");
        xml.add(videoTrack, "track", "hide", "audio", "producer", "playlist0");
        xml.add(videoTrack, "track", "hide", "audio", "producer", "playlist1");

        Element timeline = xml.add(root, "tractor", "id", "tractor1", "global_feed", 1, "in", 0, "out", last);
        xml.add(timeline, "track", "producer", "black_track");
        xml.add(timeline, "track", "producer", "tractor0");
        xml.write(out, null);
    }

    private static Element movieProducer(XmlDocument xml, Element root, String id, MarkerDocument document,
            long frames) {
        Element producer = xml.add(root, "producer", "id", id, "in", 0, "out", frames - 1);
        xml.property(producer, "length", frames);
        xml.property(producer, "eof", "pause");
        xml.property(producer, "resource", document.movie().file().toAbsolutePath());
        xml.property(producer, "mlt_service", "avformat-novalidate");
        xml.property(producer, "seekable", 1);
        xml.property(producer, "kdenlive:clipname", document.movie().file().getFileName());
        xml.property(producer, "kdenlive:clip_type", 0);
        xml.property(producer, "kdenlive:id", 2);
        return producer;
    }

    private static String guides(MarkerDocument document) throws IOException {
        ArrayNode guides = JSON.createArrayNode();
        for (SceneMarker marker : SceneMarker.of(document)) {
            guides.add(guide(marker.startFrame(), marker.name() + " start" + MediaTimecode.rangeSuffix(document, marker)
                    + " (" + marker.comment() + ")"));
            guides.add(guide(marker.endFrame(), marker.name() + " end"));
        }
        return JSON.writeValueAsString(guides);
    }

    private static ObjectNode guide(long frame, String comment) {
        ObjectNode guide = JSON.createObjectNode();
        guide.put("pos", frame);
        guide.put("comment", comment);
        guide.put("type", 0);
        return guide;
    }

    private static String categories(MarkerDocument document) throws IOException {
        ObjectNode category = JSON.createObjectNode();
        category.put("color", document.style().rgb());
        category.put("comment", document.style().name());
        category.put("index", 0);
        return JSON.writeValueAsString(JSON.createArrayNode().add(category));
    }
}
