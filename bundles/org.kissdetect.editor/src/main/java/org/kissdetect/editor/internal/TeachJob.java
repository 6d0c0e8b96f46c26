package org.kissdetect.editor.internal;

import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.teach.TeachingResult;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.project.Project;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Teaches a detector from the project's labels, then switches the plugin to it as one undoable step of the
 * project's history. A failure or a cancellation before the switch leaves the current model and the project as
 * they were (the teaching service writes no model directory then).
 */
final class TeachJob implements Job {

    static final String LABEL = "Train detector from labels";
    static final long SEED = 1;

    private final Project project;
    private final TeachingService teaching;
    private final TeachingSettings settings;
    private final ConfigurationAdmin configurations;

    TeachJob(Project project, TeachingService teaching, TeachingSettings settings, ConfigurationAdmin configurations) {
        this.project = project;
        this.teaching = teaching;
        this.settings = settings;
        this.configurations = configurations;
    }

    @Override
    public void run(JobMonitor monitor) throws Exception {
        TeachingRequest request = new TeachingRequest(project.name(), TeachingLabels.of(project),
                settings.modelsFolder(), settings.backbonesFolder(), settings.wholeNetwork(), settings.epochs(), SEED);
        TeachingResult result;
        try {
            result = teaching.teach(request, new TeachingProgress(monitor, settings.epochs()), monitor::isCancelled);
        } catch (TrainingCancelledException e) {
            throw new JobCancelledException(LABEL + " cancelled: the model in use and the project are as they were");
        }
        if (monitor.isCancelled()) {
            throw new JobCancelledException(LABEL + " cancelled: " + result.model() + " was written, but the model in"
                    + " use is still the one before");
        }
        project.perform(ModelSwitch.to(configurations, result.model(), result.modelId() + " v" + result.version()));
        monitor.progress(1, result.summary() + " " + (result.moviesDecoded() == 0
                ? "Every film's embeddings were cached."
                : result.moviesDecoded() + (result.moviesDecoded() == 1 ? " film was" : " films were") + " decoded.")
                + " Kiss Detector now detects with it (Undo goes back to the model before); detect again to see its"
                + " scenes.");
    }
}
