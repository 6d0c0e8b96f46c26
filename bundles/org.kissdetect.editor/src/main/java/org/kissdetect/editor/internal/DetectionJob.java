package org.kissdetect.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;

/**
 * Detects the scenes of some media items, then replaces the plugin's markers on all of them in one undoable
 * edit. The project is written only once every item has been detected: a failure or a cancellation leaves it as
 * it was.
 */
final class DetectionJob implements Job {

    static final String LABEL = "Detect kissing scenes";

    private final Project project;
    private final List<MediaItem> media;
    private final DetectionSettings settings;
    private final ModelRuns runs;

    /**
     * @param models resolves the model the settings name
     */
    DetectionJob(Project project, List<MediaItem> media, DetectionService service, DetectionSettings settings,
            ModelRepository models) {
        this.project = project;
        this.media = List.copyOf(media);
        this.settings = settings;
        this.runs = new ModelRuns(media, service, settings, models, LABEL);
    }

    @Override
    public void run(JobMonitor monitor) throws Exception {
        Path model = runs.model(monitor);
        List<MarkerChange> changes = new ArrayList<>();
        int scenes = 0;
        for (int i = 0; i < media.size(); i++) {
            MediaItem item = media.get(i);
            Detection detection = runs.detect(i, model, monitor);
            scenes += detection.scenes().size();
            changes.addAll(SceneMarkers.replace(item.id(), project.markers(item.id()),
                    SceneMarkers.markers(item, detection, settings)));
        }
        if (monitor.isCancelled()) {
            throw new JobCancelledException(LABEL + " cancelled before the markers were written");
        }
        MarkerEdit edit = new MarkerEdit(LABEL, changes);
        if (!edit.isEmpty()) {
            project.apply(edit);
        }
        monitor.progress(1, scenes + (scenes == 1 ? " kissing scene" : " kissing scenes"));
    }
}
