package org.kissdetect.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.project.Label;
import org.kissdetect.nle.sdk.project.LabelChange;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.ProjectEdit;
import org.kissdetect.nle.sdk.project.TimeRange;

/**
 * How the plugin's labelling actions change a project: a new label replaces the plugin's labels it overlaps (the
 * user's latest word on a span wins), and a rejected scene's marker goes in the same undoable step as its label
 * comes; the review markers a new label covers go in the same step. Labels are the plugin's own ({@link SceneMarkers#OWNER}), so they never touch the user's markers.
 */
final class Labelling {

    private Labelling() {
    }

    static Enablement forSelection(ActionContext context) {
        if (!context.project().keepsLabels()) {
            return new Enablement(false, "this editor keeps no labels");
        }
        if (context.selectedSpan().isEmpty()) {
            return new Enablement(false, "select a span of the timeline first");
        }
        return new Enablement(true, "");
    }

    static Enablement forDetectedScene(ActionContext context) {
        if (!context.project().keepsLabels()) {
            return new Enablement(false, "this editor keeps no labels");
        }
        if (context.markerUnderCursor().filter(SceneMarkers::owned).isEmpty()) {
            return new Enablement(false, "open the menu on a detected scene's marker");
        }
        return new Enablement(true, "");
    }

    /** Labels the selected span. */
    static void labelSelection(ActionContext context, boolean kissing, String step) {
        MediaItem item = context.media().get(0);
        apply(context, new ProjectEdit(step, ReviewMarkers.coveredBy(item.id(), context.project().markers(item.id()),
                context.selection()), labelled(context, item, kissing, context.selection())));
    }

    /** Labels a detected scene's span; a rejected one loses its marker in the same step. */
    static void judgeScene(ActionContext context, boolean kissing, String step) {
        MediaItem item = context.media().get(0);
        Marker marker = context.marker();
        List<MarkerChange> markers = new ArrayList<>(ReviewMarkers.coveredBy(item.id(),
                context.project().markers(item.id()), marker.range()));
        if (!kissing) {
            markers.add(new MarkerChange(item.id(), marker, null));
        }
        apply(context, new ProjectEdit(step, markers, labelled(context, item, kissing, marker.range())));
    }

    private static List<LabelChange> labelled(ActionContext context, MediaItem item, boolean kissing,
            TimeRange span) {
        List<LabelChange> changes = new ArrayList<>();
        for (Label old : context.project().labels(item.id())) {
            if (SceneMarkers.OWNER.equals(old.owner()) && old.range().start() < span.end()
                    && span.start() < old.range().end()) {
                changes.add(new LabelChange(item.id(), old, null));
            }
        }
        changes.add(new LabelChange(item.id(), null, new Label(SceneMarkers.OWNER + "/label/" + UUID.randomUUID(),
                SceneMarkers.OWNER, kissing, span)));
        return changes;
    }

    private static void apply(ActionContext context, ProjectEdit edit) {
        try {
            context.project().applyEdit(edit);
        } catch (MarkerConflictException e) {
            throw new IllegalStateException("the project changed meanwhile: " + e.getMessage(), e);
        }
    }
}
