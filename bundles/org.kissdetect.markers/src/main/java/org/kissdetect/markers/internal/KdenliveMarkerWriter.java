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
 * A Kdenlive 22.12 project with the movie on the timeline (its picture on a video track, its sound on an audio
 * track: see {@link KdenliveTimeline}) and a guide at each scene's start, named, and end (Kdenlive guides are
 * points). Guides live on the {@code main_bin} playlist as JSON in {@code kdenlive:docproperties.guides}, coloured by
 * their category in {@code kdenlive:docproperties.guidesCategories}.
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

        XmlDocument xml = MltProject.withProfile(document, rate);
        Element root = xml.root();
        root.setAttribute("producer", "main_bin");
        root.setAttribute("root", document.movie().file().toAbsolutePath().getParent().toString());

        Element binClip = KdenliveTimeline.movieProducer(xml, root, "producer0", document, frames);
        xml.property(binClip, "kdenlive:folderid", -1);
        Element bin = xml.add(root, "playlist", "id", "main_bin");
        xml.property(bin, "kdenlive:docproperties.version", "1.04");
        xml.property(bin, "kdenlive:docproperties.kdenliveversion", "22.12.3");
        xml.property(bin, "kdenlive:docproperties.guides", guides(document));
        xml.property(bin, "kdenlive:docproperties.guidesCategories", categories(document));
        xml.property(bin, "kdenlive:docproperties.groups", KdenliveTimeline.groups(document));
        xml.property(bin, "xml_retain", 1);
        xml.add(bin, "entry", "producer", "producer0", "in", 0, "out", frames - 1);

        KdenliveTimeline.add(xml, root, document, frames);
        xml.write(out, null);
    }

    private static String guides(MarkerDocument document) throws IOException {
        ArrayNode guides = JSON.createArrayNode();
        for (SceneMarker marker : SceneMarker.of(document)) {
            // Kdenlive draws a guide's comment beside it, cut where the next guide starts: the start's label is short
            // and says the length; the end's says only that (an empty one would read "Marker").
            long seconds = Math.round((marker.endFrame() - marker.startFrame()) / rate(document));
            guides.add(guide(marker.startFrame(), marker.name() + " (" + seconds + " s)"
                    + MediaTimecode.rangeSuffix(document, marker)));
            guides.add(guide(marker.endFrame(), "end"));
        }
        return JSON.writeValueAsString(guides);
    }

    private static double rate(MarkerDocument document) {
        return FrameRate.of(document.movie().frameRate()).framesPerSecond();
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
