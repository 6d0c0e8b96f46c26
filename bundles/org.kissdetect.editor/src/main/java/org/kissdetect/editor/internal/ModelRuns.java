package org.kissdetect.editor.internal;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.project.MediaItem;

/**
 * The detections a job runs: the model the settings name (made first when it is missing: the demo model takes
 * seconds), then each item's per-second scores and scenes (from the score cache when they are fresh), the job's
 * progress shared out between the items.
 */
final class ModelRuns {

    private final List<MediaItem> media;
    private final DetectionService service;
    private final DetectionSettings settings;
    private final ModelRepository models;
    private final String label;

    /**
     * @param label what the job is called, for its cancellation messages
     */
    ModelRuns(List<MediaItem> media, DetectionService service, DetectionSettings settings, ModelRepository models,
            String label) {
        this.media = List.copyOf(media);
        this.service = service;
        this.settings = settings;
        this.models = models;
        this.label = label;
    }

    /** The model the settings name, made first when it is missing. */
    Path model(JobMonitor monitor) throws Exception {
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

    /** Detects the {@code index}-th item with the model. */
    Detection detect(int index, Path model, JobMonitor monitor) throws Exception {
        MediaItem item = media.get(index);
        if (monitor.isCancelled()) {
            throw new JobCancelledException(label + " cancelled before " + item.name());
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
