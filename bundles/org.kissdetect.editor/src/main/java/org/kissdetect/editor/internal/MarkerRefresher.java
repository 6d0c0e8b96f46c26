package org.kissdetect.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * When the preferences change, re-segments every open movie's cached per-second scores with the new thresholds
 * and updates the markers at once, in one undoable edit per project. It never runs the model: a movie without
 * fresh cached scores keeps its markers until it is detected again.
 */
@Component
public final class MarkerRefresher {

    static final String LABEL = "Update kissing markers";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DetectionService detection;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Project> projects;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ModelRepository models;

    private final Jobs jobs;
    private volatile EditorPreferences preferences;

    @Activate
    public MarkerRefresher(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    /** Every new (valid) configuration binds a new preferences component: that is the moment to refresh. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPreferences(EditorPreferences changed) {
        preferences = changed;
        refresh(changed.settings());
    }

    void unbindPreferences(EditorPreferences gone) {
        // Nothing to undo: the markers stay as the last valid preferences made them.
        if (preferences == gone) {
            preferences = null;
        }
    }

    /** A new segmentation configuration changes the segmenter's service properties: the scenes are joined anew. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSegmenter(Segmenter segmenter) {
        // The first binding is not a change: the preferences' own binding refreshes.
    }

    void updatedSegmenter(Segmenter segmenter) {
        EditorPreferences current = preferences;
        if (current != null) {
            refresh(current.settings());
        }
    }

    void unbindSegmenter(Segmenter segmenter) {
        // The preferences need the segmenter too: they go with it.
    }

    private void refresh(DetectionSettings settings) {
        DetectionService service = detection;
        List<Project> open = projects;
        ModelRepository repository = models;
        if (service == null || open == null || repository == null
                || open.stream().allMatch(p -> p.media().isEmpty())) {
            return;
        }
        Optional<Path> located = repository.location(settings.model());
        if (located.isEmpty()) {
            return;
        }
        Path model = located.get();
        jobs.schedule(LABEL, monitor -> {
            for (Project project : open) {
                refresh(project, service, settings, model);
            }
        });
    }

    static void refresh(Project project, DetectionService service, DetectionSettings settings, Path model)
            throws Exception {
        List<MarkerChange> changes = new ArrayList<>();
        for (MediaItem item : project.media()) {
            Optional<Detection> cached = service.cached(settings.request(item, model));
            if (cached.isPresent()) {
                changes.addAll(SceneMarkers.replace(item.id(), project.markers(item.id()),
                        SceneMarkers.markers(item, cached.get(), settings)));
            }
        }
        MarkerEdit edit = new MarkerEdit(LABEL, changes);
        if (!edit.isEmpty()) {
            project.apply(edit);
        }
    }
}
