package org.kissdetect.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.time.FrameRate;
import org.kissdetect.common.time.SceneFrames;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * Scenes as the plugin's markers, and the changes that turn a media item's markers into them. A marker's id is
 * derived from its media item and its seconds, so a re-run that finds the same scene finds the same marker: it is
 * kept (or restyled), never duplicated. Markers of other owners are never touched.
 */
final class SceneMarkers {

    /** The owner tag of every marker this plugin makes. */
    static final String OWNER = "org.kissdetect.editor";

    private SceneMarkers() {
    }

    /** @return whether the marker is one of the plugin's scene markers (its review markers are not) */
    static boolean owned(Marker marker) {
        return OWNER.equals(marker.owner()) && !ReviewMarkers.is(marker);
    }

    /**
     * One marker per scene, named {@code "<name> 1"}, {@code "<name> 2"}, ... in time order, spanning the scene as the
     * marker files do ({@link SceneFrames}: from its first second to the end of its last, each edge on a shot cut
     * less than a second away, never past the movie's end).
     */
    static List<Marker> markers(MediaItem item, Detection detection, DetectionSettings settings) {
        List<Marker> markers = new ArrayList<>();
        List<Scene> scenes = detection.scenes();
        FrameRate rate = FrameRate.of(detection.movie().frameRate());
        long movieFrames = Math.max(1, rate.framesIn(detection.movie().durationSeconds()));
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            SceneFrames frames = SceneFrames.of(scene.start(), scene.end(), rate, movieFrames,
                    detection.movie().shotCuts());
            String id = OWNER + "/" + item.id() + "/" + scene.start() + "-" + scene.end();
            markers.add(new Marker(id, OWNER, settings.markerName() + " " + (i + 1), settings.markerColour(),
                    comment(scene, detection.model()), new TimeRange(frames.startMillis() / 1000.0,
                            frames.endMillis() / 1000.0)));
        }
        return markers;
    }

    /**
     * The changes that make the plugin's markers among {@code current} exactly {@code wanted}: removals of owned
     * markers no longer wanted, then additions and updates; unchanged markers produce no change.
     */
    static List<MarkerChange> replace(String mediaId, List<Marker> current, List<Marker> wanted) {
        Map<String, Marker> owned = new LinkedHashMap<>();
        current.stream().filter(SceneMarkers::owned).forEach(m -> owned.put(m.id(), m));
        Map<String, Marker> wantedById = new LinkedHashMap<>();
        wanted.forEach(m -> wantedById.put(m.id(), m));
        List<MarkerChange> changes = new ArrayList<>();
        for (Marker old : owned.values()) {
            if (!wantedById.containsKey(old.id())) {
                changes.add(new MarkerChange(mediaId, old, null));
            }
        }
        for (Marker marker : wantedById.values()) {
            Marker old = owned.get(marker.id());
            if (!marker.equals(old)) {
                changes.add(new MarkerChange(mediaId, old, marker));
            }
        }
        return changes;
    }

    private static String comment(Scene scene, ModelDescriptor model) {
        String confidence = String.format(Locale.ROOT, "Kissing scene, confidence %.2f", scene.confidence());
        return model == null ? confidence : confidence + " (model " + model.id() + " " + model.version() + ")";
    }
}
