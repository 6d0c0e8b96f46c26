package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.nle.sdk.action.ActionContext;
import org.kissdetect.nle.sdk.action.Enablement;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.Project;

class DetectActionTest {

    private final CompletableFuture<Void> jobEnd = new CompletableFuture<>();
    private final Jobs jobs = Fixtures.stalledJobs(jobEnd);
    private final MarkerDetector detector = new MarkerDetector(jobs);
    private final DetectAction action = new DetectAction(detector);
    private Project project;
    private ActionContext onTheMovie;

    @BeforeEach
    void aProjectWithOneMovie() throws Exception {
        project = Fixtures.project(new ArrayList<MarkerEdit>(), Fixtures.MOVIE);
        onTheMovie = new ActionContext(project, List.of(Fixtures.MOVIE), List.of());
        detector.detection = mock(DetectionService.class);
        detector.preferences = Fixtures.preferences();
        detector.models = Fixtures.models();
    }

    @Test
    void isEnabledOnAMovieWhenDetectionIsAvailable() {
        assertThat(action.enablement(onTheMovie)).isEqualTo(new Enablement(true, ""));
        assertThat(action.label()).isEqualTo("Detect kissing scenes");
    }

    @Test
    void isDisabledWithAReasonWhileTheDetectionServiceIsMissing() {
        detector.detection = null;

        Enablement enablement = action.enablement(onTheMovie);

        assertThat(enablement.enabled()).isFalse();
        assertThat(enablement.reason()).contains("detection service is not running");
        action.execute(onTheMovie);
        verify(jobs, never()).schedule(anyString(), any());
    }

    @Test
    void withoutAModelDirectoryItNeedsTheDemoModel() {
        PreferenceValues configuration = Fixtures.configuration();
        when(configuration.modelDirectory()).thenReturn("");
        detector.preferences = Fixtures.preferences(configuration);
        when(detector.models.unavailable(ModelReference.demo())).thenReturn(Optional.of("the demo model is not installed"));

        Enablement enablement = action.enablement(onTheMovie);

        assertThat(enablement.enabled()).isFalse();
        assertThat(enablement.reason()).isEqualTo("No model directory is set and the demo model is not installed:"
                + " choose a model directory under Preferences.");
        when(detector.models.unavailable(ModelReference.demo())).thenReturn(Optional.empty());
        assertThat(action.enablement(onTheMovie).enabled()).isTrue();
    }

    @Test
    void isDisabledWithAReasonWhileTheModelRepositoryIsMissing() {
        detector.models = null;

        assertThat(action.enablement(onTheMovie).reason()).contains("model repository is not running");
        action.execute(onTheMovie);
        verify(jobs, never()).schedule(anyString(), any());
    }

    @Test
    void isEnabledAgainWhenTheServiceComesBack() {
        detector.detection = null;
        assertThat(action.enablement(onTheMovie).enabled()).isFalse();

        detector.detection = mock(DetectionService.class);

        assertThat(action.enablement(onTheMovie).enabled()).isTrue();
    }

    @Test
    void isDisabledWhileThePreferencesAreInvalid() {
        detector.preferences = null;

        assertThat(action.enablement(onTheMovie).reason()).contains("preferences are invalid");
    }

    @Test
    void isDisabledWithoutASelectedMovie() {
        assertThat(action.enablement(new ActionContext(project, List.of(), List.of())).reason())
                .contains("Select a movie");
    }

    @Test
    void isDisabledOnAMovieBeingDetectedUntilThatJobEnds() {
        action.execute(onTheMovie);

        verify(jobs).schedule(eq("Detect kissing scenes in movie.mp4"), any());
        assertThat(action.enablement(onTheMovie).reason()).contains("already looking for kissing scenes in movie.mp4");

        jobEnd.completeExceptionally(new IllegalStateException("failed"));

        assertThat(action.enablement(onTheMovie).enabled()).isTrue();
    }
}
