package org.kissdetect.markers.internal;

import org.kissdetect.common.time.FrameRate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Scenes with seconds, timecodes, confidence and the model id, for scripts and tools. */
@Component(property = "kissdetect.marker.format=json")
public final class JsonMarkerWriter implements MarkerWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * @param start the scene's first second
     * @param end   its exclusive end in seconds, the instant {@code endTimecode} names: the second after its last, or
     *              the movie's end when that comes first
     */
    record SceneJson(int number, String name, Number start, Number end, String startTimecode, String endTimecode,
            long startFrame, long durationFrames, double confidence, String colour) {
    }

    /**
     * @param startTimecode the timecode of the movie's first frame, in which the scenes' timecodes count; frames count
     *                      from the first frame
     */
    record MarkersJson(String movie, double durationSeconds, String frameRate, String startTimecode, String model,
            List<SceneJson> scenes) {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "scenes with seconds, timecodes and confidence";
    }

    @Override
    public void write(MarkerDocument document, OutputStream out) throws IOException {
        MediaTimecode timecode = MediaTimecode.of(document);
        FrameRate rate = timecode.rate();
        List<SceneJson> scenes = SceneMarker.of(document).stream()
                .map(m -> new SceneJson(m.number(), m.name(), m.startSeconds(), m.endSeconds(),
                        timecode.label(m.startFrame()), timecode.label(m.endFrame()),
                        m.startFrame(), m.durationFrames(), m.scene().confidence(), document.style().colour()))
                .toList();
        JSON.writeValue(out, new MarkersJson(document.movie().file().toString(), document.movie().durationSeconds(),
                rate.numerator() + "/" + rate.denominator(), timecode.label(0), document.modelId(), scenes));
    }
}
