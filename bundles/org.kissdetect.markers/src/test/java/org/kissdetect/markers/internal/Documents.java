package org.kissdetect.markers.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Scene;

/** Marker documents for the tests: a 2-minute 29.97 fps movie with two scenes. */
final class Documents {

    static final List<Scene> SCENES = List.of(new Scene(10, 24, 0.93), new Scene(61, 89, 0.815));

    private Documents() {
    }

    static MarkerDocument movie(Path file, double frameRate, boolean dropFrame) {
        return new MarkerDocument(new MovieInfo(file, 120.0, frameRate, 640, 360, true), SCENES, "demo-1",
                new MarkerStyle("Kissing scene", "red", dropFrame));
    }

    static MarkerDocument ntsc() {
        return movie(Path.of("/films/A Film & Co <1>.mp4"), 30000.0 / 1001, true);
    }

    static String written(MarkerWriter writer, MarkerDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<MarkerWriter> all() {
        return List.of(new JsonMarkerWriter(), new CsvMarkerWriter(), new OtioMarkerWriter(), new FcpxmlMarkerWriter(),
                new XmemlMarkerWriter(), new ResolveEdlMarkerWriter(), new AvidMarkerWriter(), new ShotcutMarkerWriter(),
                new KdenliveMarkerWriter(), new WebVttMarkerWriter());
    }
}
