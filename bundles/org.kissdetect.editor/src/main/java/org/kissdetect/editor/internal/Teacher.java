package org.kissdetect.editor.internal;

import java.util.List;
import java.util.Optional;

import org.kissdetect.api.labels.Label;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.Project;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs teaching as host jobs, one at a time per project. The teaching service, its preferences and the
 * configuration admin are optional and dynamic: while one is missing, training is disabled with a reason.
 */
@Component(service = Teacher.class)
public final class Teacher {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TeachingService teaching;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TeachingSettings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationAdmin configurations;

    private final Jobs jobs;
    private final RunningJobs<Project> running = new RunningJobs<>();

    @Activate
    public Teacher(@Reference Jobs jobs) {
        this.jobs = jobs;
    }

    Enablement enablement(Project project) {
        if (!project.keepsLabels()) {
            return disabled("This editor keeps no labels to train on.");
        }
        if (teaching == null) {
            return disabled("Kiss Detector's teaching service is not running (its bundle is stopped or missing).");
        }
        if (settings == null) {
            return disabled("Kiss Detector's teaching preferences are invalid: correct them under Preferences.");
        }
        if (configurations == null) {
            return disabled("The editor's preferences service is not running: the new model could not be used.");
        }
        List<Label> labels = TeachingLabels.of(project);
        if (labels.stream().noneMatch(Label::kissing) || labels.stream().allMatch(Label::kissing)) {
            return disabled("Label spans as kissing and as not kissing first: select a span on a timeline and"
                    + " right-click it.");
        }
        if (running.contains(project)) {
            return disabled("Kiss Detector is already training from this project's labels.");
        }
        return new Enablement(true, "");
    }

    /** Schedules teaching, unless {@link #enablement} says it cannot run. */
    synchronized Optional<JobHandle> teach(Project project) {
        TeachingService service = teaching;
        TeachingSettings current = settings;
        ConfigurationAdmin admin = configurations;
        if (!enablement(project).enabled()) {
            return Optional.empty();
        }
        return Optional.of(running.schedule(jobs, List.of(project), TeachJob.LABEL + " of " + project.name(),
                new TeachJob(project, service, current, admin)));
    }

    private static Enablement disabled(String reason) {
        return new Enablement(false, reason);
    }
}
