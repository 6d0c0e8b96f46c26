package org.kissdetect.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
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
    private final DetectionService service;
    private final DetectionSettings settings;
    private final ModelRepository models;

    /**
     * @param models resolves the model the settings name
     */
    DetectionJob(Project project, List<MediaItem> media, DetectionService service, DetectionSettings settings,
            ModelRepository models) {
        this.project = project;
        this.media = List.copyOf(media);
        this.service = service;
        this.settings = settings;
        this.models = models;
    }

    @Override
    public void run(JobMonitor monitor) throws Exception {
        Path model = model(monitor);
        List<MarkerChange> changes = new ArrayList<>();
        int scenes = 0;
        for (int i = 0; i < media.size(); i++) {
            MediaItem item = media.get(i);
            Detection detection = detect(item, model, i, monitor);
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

    /** The model the settings name, made first when it is missing (the demo model: seconds). */
    private Path model(JobMonitor monitor) throws Exception {
        if (models == null) {
            throw new IllegalStateException("Kiss Detector's model repository is not running");
        }
        ModelReference reference = settings.model();
        try {
            return models.resolve(reference, new ModelListener() {
                @Override
                public void stage(String stage, int done, int total) {
                    monitor.progress(0, "Preparing " + reference + ": " + stage);
                }
            }, monitor::isCancelled).directory();
        } catch (ModelCancelledException e) {
            throw new JobCancelledException(e.getMessage());
        }
    }

    private Detection detect(MediaItem item, Path model, int index, JobMonitor monitor) throws Exception {
        if (monitor.isCancelled()) {
            throw new JobCancelledException(LABEL + " cancelled before " + item.name());
        }
        try {
            return service.detect(settings.request(item, model), progress -> monitor.progress(
                    (index + progress.fraction()) / media.size(),
                    (media.size() == 1 ? "" : item.name() + ": ") + progress.secondsDone() + " of "
                            + progress.totalSeconds() + " s of film"),
                    monitor::isCancelled);
        } catch (DetectionCancelledException e) {
            throw new JobCancelledException(e.getMessage());
        }
    }
}
