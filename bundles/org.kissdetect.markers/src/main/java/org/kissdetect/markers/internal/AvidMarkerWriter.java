package org.kissdetect.markers.internal;

import java.util.Map;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;

/**
 * Avid Media Composer marker text (Markers window > Import Markers): one tab-separated line a marker with user,
 * timecode, track, colour, comment and duration in frames. Timecodes are on a sequence that starts at
 * 01:00:00:00.
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=avid")
public final class AvidMarkerWriter extends TextMarkerWriter {

    private static final Map<String, String> COLOURS = Map.of("red", "red", "orange", "yellow", "yellow", "yellow",
            "green", "green", "cyan", "cyan", "blue", "blue", "purple", "magenta", "pink", "magenta", "white", "white");

    @Override
    public String format() {
        return "avid";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public String description() {
        return "Avid Media Composer markers (text)";
    }

    @Override
    String text(MarkerDocument document) {
        MediaTimecode timecode = MediaTimecode.orTimeline(document, TIMELINE_START_HOURS);
        String colour = COLOURS.get(document.style().colour());
        StringBuilder text = new StringBuilder();
        for (SceneMarker marker : SceneMarker.of(document)) {
            text.append("KissDetector\t").append(timecode.label(marker.startFrame()))
                    .append("\tV1\t").append(colour).append('\t')
                    .append(field(marker.name() + ": " + marker.comment())).append('\t')
                    .append(marker.durationFrames()).append('\n');
        }
        return text.toString();
    }
}
