package org.kissdetect.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.teach.UncertainSpan;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * The spans the model is least sure of, as markers to label next: the plugin's own, told apart from scene markers
 * by their id, named with the model's probability, in the review colour. A new review replaces the item's earlier
 * review markers; labelling a span removes the review markers it covers.
 */
final class ReviewMarkers {

    static final String PREFIX = SceneMarkers.OWNER + "/review/";
    static final String COLOUR = "#ffa500";
    /** How many spans a review suggests at most. */
    static final int SPANS = 5;

    private ReviewMarkers() {
    }

    static boolean is(Marker marker) {
        return SceneMarkers.OWNER.equals(marker.owner()) && marker.id().startsWith(PREFIX);
    }

    static List<Marker> markers(MediaItem item, List<UncertainSpan> spans, double threshold) {
        List<Marker> markers = new ArrayList<>();
        for (UncertainSpan span : spans) {
            markers.add(new Marker(PREFIX + item.id() + "/" + span.start() + "-" + span.end(), SceneMarkers.OWNER,
                    String.format(Locale.ROOT, "Review: %.0f %% kissing", 100 * span.probability()), COLOUR,
                    String.format(Locale.ROOT, "The model is unsure here (mean probability %.2f, threshold %.2f):"
                            + " label this span as kissing or not kissing", span.probability(), threshold),
                    new TimeRange(span.start(), span.end())));
        }
        return markers;
    }

    /** The changes that replace an item's review markers among {@code current} with {@code wanted}. */
    static List<MarkerChange> replace(String mediaId, List<Marker> current, List<Marker> wanted) {
        List<MarkerChange> changes = new ArrayList<>();
        current.stream().filter(ReviewMarkers::is).forEach(old -> changes.add(new MarkerChange(mediaId, old, null)));
        wanted.forEach(marker -> changes.add(new MarkerChange(mediaId, null, marker)));
        return changes;
    }

    /** The removals of the item's review markers that overlap a span. */
    static List<MarkerChange> coveredBy(String mediaId, List<Marker> current, TimeRange span) {
        List<MarkerChange> changes = new ArrayList<>();
        for (Marker marker : current) {
            if (is(marker) && marker.range().start() < span.end() && span.start() < marker.range().end()) {
                changes.add(new MarkerChange(mediaId, marker, null));
            }
        }
        return changes;
    }
}
