package org.kissdetect.editor.internal;

import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.api.teach.UncertainSpan;
import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;

/**
 * Lists the spans of a movie the current model is least sure of as review markers, one undoable edit: the
 * movie's per-second scores (cached when fresh), the seconds nearest the threshold joined into spans.
 */
final class ReviewJob implements Job {

    static final String LABEL = "Review uncertain seconds";

    private final Project project;
    private final MediaItem item;
    private final DetectionSettings settings;
    private final ModelRuns runs;
    private final TeachingService teaching;

    ReviewJob(Project project, MediaItem item, DetectionService service, DetectionSettings settings,
            ModelRepository models, TeachingService teaching) {
        this.project = project;
        this.item = item;
        this.settings = settings;
        this.runs = new ModelRuns(List.of(item), service, settings, models, LABEL);
        this.teaching = teaching;
    }

    @Override
    public void run(JobMonitor monitor) throws Exception {
        Path model = runs.model(monitor);
        Detection detection = runs.detect(0, model, monitor);
        double threshold = settings.parameters().threshold();
        List<UncertainSpan> spans = teaching.uncertainSpans(detection.probabilities(), threshold,
                ReviewMarkers.SPANS);
        if (monitor.isCancelled()) {
            throw new JobCancelledException(LABEL + " cancelled before the markers were written");
        }
        MarkerEdit edit = new MarkerEdit(LABEL, ReviewMarkers.replace(item.id(), project.markers(item.id()),
                ReviewMarkers.markers(item, spans, threshold)));
        if (!edit.isEmpty()) {
            project.apply(edit);
        }
        monitor.progress(1, spans.isEmpty() ? "The model is sure of every second of " + item.name()
                : spans.size() + " uncertain " + (spans.size() == 1 ? "span" : "spans") + " of " + item.name()
                        + " to label next, marked \"Review\"");
    }
}
