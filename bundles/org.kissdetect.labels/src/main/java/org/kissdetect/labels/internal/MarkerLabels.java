package org.kissdetect.labels.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kissdetect.api.labels.Label;
import org.kissdetect.api.labels.LabelRule;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectClip;
import org.kissdetect.api.projects.ProjectLabel;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.common.text.Clock;

/**
 * Turns a project's label markers into labels of its media. A clip marker labels its span of the clip's media, as
 * far as the clip shows it; a timeline marker labels what each clip under it shows, in that clip's source time
 * (through its speed). A point marker spans up to the next marker of its timeline or clip, else to the end of the
 * clip it lies on. Labels a project keeps apart from its markers (the reference editor's) are labels as they are.
 */
final class MarkerLabels {

    /** Spans shorter than half a frame at 60 fps are rounding, not labels. */
    private static final double SHORTEST = 1.0 / 120;

    private final EditorProject project;
    private final LabelRule rule;
    private final List<Label> labels = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    private MarkerLabels(EditorProject project, LabelRule rule) {
        this.project = project;
        this.rule = rule;
    }

    static MarkerLabels of(EditorProject project, LabelRule rule) {
        MarkerLabels found = new MarkerLabels(project, rule);
        List<ProjectMarker> markers = project.markers();
        for (ProjectMarker marker : markers) {
            if (!marker.addedByKissDetector()) {
                found.kind(marker).ifPresent(kissing -> found.label(marker, kissing, markers));
            }
        }
        for (ProjectLabel label : project.labels()) {
            ProjectClip clip = label.clip();
            found.add(clip, Math.max(label.start(), clip.sourceIn()), Math.min(label.end(), clip.sourceOut()),
                    label.kissing(), String.format(Locale.ROOT, "label on %s at %s", clip.media().getFileName(),
                            Clock.withMillis(Math.round(label.start() * 1000))));
        }
        return found;
    }

    List<Label> labels() {
        return List.copyOf(labels);
    }

    List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** @return whether the marker labels kissing (true) or not kissing (false), or empty when it is no label */
    private Optional<Boolean> kind(ProjectMarker marker) {
        String name = LabelRule.normal(marker.name());
        if (name.equals(LabelRule.normal(rule.kissingName()))) {
            return Optional.of(true);
        }
        if (name.equals(LabelRule.normal(rule.notKissingName()))) {
            return Optional.of(false);
        }
        Optional<String> colour = MarkerColours.nearest(marker.colour());
        if (colour.isPresent() && colour.get().equals(rule.kissingColour())) {
            return Optional.of(true);
        }
        if (colour.isPresent() && colour.get().equals(rule.notKissingColour())) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    private void label(ProjectMarker marker, boolean kissing, List<ProjectMarker> markers) {
        double end = marker.point() ? pointEnd(marker, markers) : marker.end();
        int before = labels.size();
        if (marker.clip() != null) {
            ProjectClip clip = marker.clip();
            add(clip, Math.max(marker.start(), clip.sourceIn()), Math.min(end, clip.sourceOut()), kissing, marker);
        } else {
            for (ProjectClip clip : project.clips()) {
                double from = Math.max(marker.start(), clip.timelineStart());
                double to = Math.min(end, clip.timelineEnd());
                add(clip, source(clip, from), source(clip, to), kissing, marker);
            }
        }
        if (labels.size() == before) {
            ignored.add(describe(marker) + (marker.clip() == null ? " lies over no clip"
                    : " lies outside what its clip shows"));
        }
    }

    private void add(ProjectClip clip, double start, double end, boolean kissing, ProjectMarker marker) {
        add(clip, start, end, kissing, describe(marker));
    }

    private void add(ProjectClip clip, double start, double end, boolean kissing, String origin) {
        if (end - start >= SHORTEST) {
            labels.add(new Label(clip.media(), start, end, kissing, origin));
        }
    }

    private static double source(ProjectClip clip, double timeline) {
        return clip.sourceIn() + (timeline - clip.timelineStart()) * clip.speed();
    }

    /** The end of a point marker: the next marker of the same timeline or clip, else the end of its clip. */
    private double pointEnd(ProjectMarker point, List<ProjectMarker> markers) {
        double end = Double.POSITIVE_INFINITY;
        for (ProjectMarker other : markers) {
            if (other != point && other.start() > point.start() && sameOwner(other, point)) {
                end = Math.min(end, other.start());
            }
        }
        if (point.clip() != null) {
            return Math.min(end, point.clip().sourceOut());
        }
        double clipEnd = point.start();
        for (ProjectClip clip : project.clips()) {
            if (clip.timelineStart() <= point.start() && point.start() < clip.timelineEnd()) {
                clipEnd = Math.max(clipEnd, clip.timelineEnd());
            }
        }
        return Math.min(end, clipEnd);
    }

    private static boolean sameOwner(ProjectMarker a, ProjectMarker b) {
        return a.clip() == null ? b.clip() == null : a.clip().equals(b.clip());
    }

    private static String describe(ProjectMarker marker) {
        String where = marker.clip() == null ? "timeline marker" : "marker on " + marker.clip().media().getFileName();
        return String.format(Locale.ROOT, "%s \"%s\" at %s", where, marker.name(),
                Clock.withMillis(Math.round(marker.start() * 1000)));
    }

}
