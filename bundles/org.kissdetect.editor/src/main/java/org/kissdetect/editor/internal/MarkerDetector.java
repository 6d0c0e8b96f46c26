package org.kissdetect.editor.internal;

import java.util.List;
import java.util.Optional;

import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Project;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs detections as host jobs, for the action and the import listener. The detection service, the preferences
 * and the model repository are optional and dynamic: while one is missing, or the model the preferences name is
 * unavailable (no model directory is set and the demo model is not installed), detection is disabled with a
 * reason and everything else keeps working. An item being detected is not detected twice at once.
 */
@Component(service = MarkerDetector.class)
public final class MarkerDetector {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DetectionService detection;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EditorPreferences preferences;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ModelRepository models;

    private final Jobs jobs;
    private final RunningJobs<Running> running = new RunningJobs<>();

    @Activate
    public MarkerDetector(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    /** The current preferences, or empty while the configured ones are invalid. */
    Optional<DetectionSettings> settings() {
        EditorPreferences current = preferences;
        return current == null ? Optional.empty() : Optional.of(current.settings());
    }

    /** Whether {@link #detect} would run on these items now, and why not. */
    Enablement enablement(Project project, List<MediaItem> media) {
        return enablement(detection, preferences, models, project, media);
    }

    /**
     * Schedules the detection of the items as one host job, unless {@link #enablement} says it cannot run.
     *
     * @return the job, or empty when detection is disabled
     */
    synchronized Optional<JobHandle> detect(Project project, List<MediaItem> media) {
        return schedule(project, media, title(media), (service, settings, repository) -> new DetectionJob(project,
                media, service, settings, repository));
    }

    /**
     * Schedules the review of an item's uncertain seconds as a host job, unless {@link #enablement} says its
     * detection cannot run.
     *
     * @return the job, or empty when detection is disabled
     */
    synchronized Optional<JobHandle> review(Project project, MediaItem item, TeachingService teaching) {
        return schedule(project, List.of(item), ReviewJob.LABEL + " of " + item.name(),
                (service, settings, repository) -> new ReviewJob(project, item, service, settings, repository,
                        teaching));
    }

    private interface JobFactory {
        Job create(DetectionService service, DetectionSettings settings, ModelRepository repository);
    }

    private Optional<JobHandle> schedule(Project project, List<MediaItem> media, String title, JobFactory factory) {
        DetectionService service = detection;
        EditorPreferences current = preferences;
        ModelRepository repository = models;
        if (!enablement(service, current, repository, project, media).enabled()) {
            return Optional.empty();
        }
        List<Running> keys = media.stream().map(item -> new Running(project, item.id())).toList();
        return Optional.of(running.schedule(jobs, keys, title, factory.create(service, current.settings(),
                repository)));
    }

    private Enablement enablement(DetectionService service, EditorPreferences current, ModelRepository repository,
            Project project, List<MediaItem> media) {
        if (service == null) {
            return disabled("Kiss Detector's detection service is not running (its bundle is stopped or missing).");
        }
        if (current == null) {
            return disabled("Kiss Detector's preferences are invalid: correct them under Preferences.");
        }
        if (repository == null) {
            return disabled("Kiss Detector's model repository is not running (its bundle is stopped or missing).");
        }
        Optional<String> unavailable = repository.unavailable(current.settings().model());
        if (unavailable.isPresent()) {
            return disabled(current.settings().model() instanceof ModelReference.Demo
                    ? "No model directory is set and the demo model is not installed: choose a model directory"
                            + " under Preferences."
                    : "Kiss Detector cannot use the model " + current.settings().model() + ": " + unavailable.get()
                            + ".");
        }
        if (media.isEmpty()) {
            return disabled("Select a movie to detect kissing scenes in.");
        }
        for (MediaItem item : media) {
            if (running.contains(new Running(project, item.id()))) {
                return disabled("Kiss Detector is already looking for kissing scenes in " + item.name() + ".");
            }
        }
        return new Enablement(true, "");
    }

    private static Enablement disabled(String reason) {
        return new Enablement(false, reason);
    }

    private static String title(List<MediaItem> media) {
        return DetectionJob.LABEL + " in " + (media.size() == 1 ? media.get(0).name() : media.size() + " movies");
    }

    /** An item of a project; projects compare by identity, as hosts hand out one object per open project. */
    private record Running(Project project, String mediaId) {
    }
}
