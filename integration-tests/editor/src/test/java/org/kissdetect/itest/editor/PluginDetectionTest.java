package org.kissdetect.itest.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.nle.sdk.action.Action;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.TimeRange;
import org.kissdetect.testing.DetectionCalls;
import org.osgi.service.cm.Configuration;
import org.osgi.test.common.annotation.InjectService;

/** Detection through the plugin: on import, from the action, after a preference change, and cancelled. */
class PluginDetectionTest extends PluginHost {

    @Test
    void anImportProducesMarkers() throws Exception {
        MediaItem item = importMovie();

        List<Marker> markers = awaitMarkers(item, 2);

        assertThat(markers).extracting(Marker::name, Marker::range, Marker::owner, Marker::colour).containsExactly(
                tuple("Kissing scene 1", new TimeRange(3, 13), PID, "#e53935"),
                tuple("Kissing scene 2", new TimeRange(23, 35), PID, "#e53935"));
        assertThat(project.edits).hasSize(1);
        // Marker updates that an earlier test's preference changes set off may still run; detections are counted.
        assertThat(jobs.titles).filteredOn(title -> title.startsWith("Detect"))
                .containsExactly("Detect kissing scenes in two scenes.mp4");
    }

    @Test
    void theContextMenuActionDetectsInAHostJob() throws Exception {
        configure("autoDetect", false);
        MediaItem item = project.add(movie);
        Action action = action();

        ActionContext onTheClip = new ActionContext(project, List.of(item), project.timelines().get(0).clips());
        Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheClip)).filter(Enablement::enabled));
        action.execute(onTheClip);

        assertThat(awaitMarkers(item, 2)).extracting(m -> m.range().start()).containsExactly(3.0, 23.0);
    }

    @Test
    void aConfigurationChangeUpdatesTheMarkersWithoutAModelRun(@InjectService DetectionCalls calls) throws Exception {
        MediaItem item = importMovie();
        awaitMarkers(item, 2);
        int modelRuns = calls.detectCalls();
        int cachedReads = calls.cachedCalls();

        configure(SCENES_PID, "minSeconds", 11);
        try {
            List<Marker> markers = awaitMarkers(item, 1);
            assertThat(markers).extracting(Marker::name, Marker::range)
                    .containsExactly(tuple("Kissing scene 1", new TimeRange(23, 35)));
            assertThat(calls.detectCalls()).as("model runs").isEqualTo(modelRuns);
            assertThat(calls.cachedCalls()).as("cached scores read").isGreaterThan(cachedReads);
            assertThat(project.edits).hasSize(2).last().extracting(e -> e.label()).isEqualTo("Update kissing markers");
        } finally {
            // The segmenter's defaults again, seen by the plugin once the movie has its two scenes back.
            configurationAdmin.getConfiguration(SCENES_PID, "?").delete();
            awaitMarkers(item, 2);
        }
    }

    @Test
    void cancellingTheHostJobWritesNothing() throws Exception {
        Configuration pace = configurationAdmin.getConfiguration("org.kissdetect.testing.detect", "?");
        pace.update(new Hashtable<>(Map.of("millisPerSecond", 100)));
        try {
            Services.eventually(PATIENCE, () -> Optional.ofNullable(context.getServiceReference(DetectionService.class))
                    .filter(reference -> Integer.valueOf(100).equals(reference.getProperty("millisPerSecond"))));
            Action action = action();
            MediaItem item = project.add(movie);
            ActionContext onTheMovie = new ActionContext(project, List.of(item), List.of());
            Services.eventually(PATIENCE, () -> Optional.of(action.enablement(onTheMovie)).filter(Enablement::enabled));

            action.execute(onTheMovie);
            HostJobs.Handle job = Services.eventually(PATIENCE, () -> jobs.handles.stream()
                    .filter(handle -> handle.fraction().get() > 0).findFirst());
            job.cancel();

            assertThatThrownBy(() -> job.done().get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(JobCancelledException.class);
            assertThat(job.fraction().get()).as("cancelled midway").isLessThan(1.0);
            assertThat(project.markers(item.id())).isEmpty();
            assertThat(project.edits).isEmpty();
            assertThat(action.enablement(onTheMovie).enabled()).as("the movie can be detected again").isTrue();
        } finally {
            pace.delete();
        }
    }
}
