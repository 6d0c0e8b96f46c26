package org.kissdetect.markers.internal;

import java.util.Map;

import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerWriter;
import org.osgi.service.component.annotations.Component;

/**
 * DaVinci Resolve's marker EDL (Timeline > Import > Timeline Markers from EDL): one CMX 3600 event a marker,
 * with {@code |C:ResolveColorRed |M:name |D:frames}. Timecodes are on a timeline that starts at 01:00:00:00.
 */
@Component(service = MarkerWriter.class, property = "kissdetect.marker.format=edl")
public final class ResolveEdlMarkerWriter extends TextMarkerWriter {

    private static final Map<String, String> COLOURS = Map.of("red", "Red", "orange", "Sand", "yellow", "Yellow",
            "green", "Green", "cyan", "Cyan", "blue", "Blue", "purple", "Purple", "pink", "Pink", "white", "Cream");

    @Override
    public String format() {
        return "edl";
    }

    @Override
    public String extension() {
        return "edl";
    }

    @Override
    public String description() {
        return "DaVinci Resolve timeline markers (EDL)";
    }

    @Override
    String text(MarkerDocument document) {
        MediaTimecode timecode = MediaTimecode.orTimeline(document, TIMELINE_START_HOURS);
        boolean dropFrame = timecode.dropFrame();
        StringBuilder edl = new StringBuilder();
        edl.append("TITLE: ").append(field(document.movie().file().getFileName().toString())).append(" - ")
                .append(field(document.style().name())).append("\n");
        edl.append("FCM: ").append(dropFrame ? "DROP FRAME" : "NON-DROP FRAME").append("\n\n");
        String colour = "ResolveColor" + COLOURS.get(document.style().colour());
        for (SceneMarker marker : SceneMarker.of(document)) {
            String in = timecode.label(marker.startFrame());
            String out = timecode.label(marker.startFrame() + 1);
            edl.append(String.format("%03d  001      V     C        %s %s %s %s  \n", marker.number(), in, out, in, out));
            edl.append(" |C:").append(colour).append(" |M:").append(field(marker.name())).append(" |D:")
                    .append(marker.durationFrames()).append("\n\n");
        }
        return edl.toString();
    }
}
