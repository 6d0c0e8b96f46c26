package org.kissdetect.markers.internal;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.common.text.Clock;
import org.osgi.service.component.annotations.Component;

/** WebVTT chapters: one cue a scene, for players and web pages (a {@code <track kind="chapters">}). */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=vtt")
public final class WebVttMarkerWriter extends TextMarkerWriter {

    @Override
    public String format() {
        return "vtt";
    }

    @Override
    public String extension() {
        return "vtt";
    }

    @Override
    public String description() {
        return "WebVTT chapters";
    }

    @Override
    String text(MarkerDocument document) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (SceneMarker marker : SceneMarker.of(document)) {
            vtt.append('\n').append(marker.number()).append('\n')
                    .append(Clock.withMillis(marker.startMillis())).append(" --> ")
                    .append(Clock.withMillis(marker.endMillis())).append('\n')
                    .append(cueText(marker.name())).append('\n');
        }
        return vtt.toString();
    }

    /** A cue's text may not hold "-->" or a blank line, and escapes &amp; and &lt;. */
    private static String cueText(String text) {
        return field(text).replace("&", "&amp;").replace("<", "&lt;").replace("-->", "->");
    }
}
