package org.kissdetect.reference.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * A row of the marker list: a marker or a label of one media item, its times as the media's timecode, and the
 * undoable edits that rename or delete it.
 *
 * @param mediaId the media item
 * @param marker  the marker, or null for a label
 * @param label   the label, or null for a marker
 * @param start   the start as timecode
 * @param end     the end as timecode
 */
record MarkerRow(String mediaId, Marker marker, Label label, String start, String end) {

    /** @return the rows of a media item's markers and labels, by start time, markers before labels at one time */
    static List<MarkerRow> of(String mediaId, List<Marker> markers, List<Label> labels, MediaTimecode timecode) {
        List<MarkerRow> rows = new ArrayList<>();
        for (Marker marker : markers) {
            rows.add(new MarkerRow(mediaId, marker, null, timecode.format(marker.range().start()),
                    timecode.format(marker.range().end())));
        }
        for (Label label : labels) {
            rows.add(new MarkerRow(mediaId, null, label, timecode.format(label.range().start()),
                    timecode.format(label.range().end())));
        }
        rows.sort(Comparator.comparingDouble((MarkerRow row) -> row.range().start())
                .thenComparing(row -> row.marker() == null));
        return rows;
    }

    /** @return {@code marker}, {@code label kissing} or {@code label not kissing} */
    String kind() {
        if (marker != null) {
            return "marker";
        }
        return label.positive() ? "label kissing" : "label not kissing";
    }

    /** @return the marker's name; labels have none */
    String name() {
        return marker != null ? marker.name() : "";
    }

    TimeRange range() {
        return marker != null ? marker.range() : label.range();
    }

    boolean isMarker() {
        return marker != null;
    }

    /** @return the step that deletes the marker or the label */
    ProjectEdit deletion() {
        if (marker != null) {
            return new ProjectEdit("Delete marker " + marker.name(), List.of(new MarkerChange(mediaId, marker, null)),
                    List.of());
        }
        return new ProjectEdit("Delete label", List.of(), List.of(new LabelChange(mediaId, label, null)));
    }

    /** @return the step that renames the marker */
    ProjectEdit renaming(String newName) {
        if (marker == null) {
            throw new IllegalStateException("a label has no name to change");
        }
        Marker renamed = new Marker(marker.id(), marker.owner(), newName, marker.colour(), marker.comment(),
                marker.range());
        return new ProjectEdit("Rename marker " + marker.name() + " to " + newName,
                List.of(new MarkerChange(mediaId, marker, renamed)), List.of());
    }
}
