package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.Project;

class MarkerRefresherTest {

    private final DetectionService service = mock(DetectionService.class);
    private final MarkerRefresher refresher = new MarkerRefresher(Fixtures.synchronousJobs(mock(JobMonitor.class)));
    private final List<MarkerEdit> applied = new ArrayList<>();
    private final PreferenceValues configuration = Fixtures.configuration();
    private Project project;

    @BeforeEach
    void aMovieDetectedWithTheDefaults() throws Exception {
        project = Fixtures.project(applied, Fixtures.MOVIE, Fixtures.USERS_MARKER);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9), new Scene(30, 41, 0.6)));
        new DetectionJob(project, List.of(Fixtures.MOVIE), service, Fixtures.preferences(configuration).settings(),
                Fixtures.models())
                .run(mock(JobMonitor.class));
        // The cached scores hold a strong scene at 5 s and a weak one at 30 s: a higher threshold keeps only the first.
        when(service.cached(any())).thenAnswer(call -> {
            DetectionRequest request = call.getArgument(0);
            return Optional.of(request.parameters().threshold() > 0.7 ? Fixtures.detection(new Scene(5, 14, 0.9))
                    : Fixtures.detection(new Scene(5, 14, 0.9), new Scene(30, 41, 0.6)));
        });
        refresher.detection = service;
        refresher.projects = List.of(project);
        refresher.models = Fixtures.models();
    }

    @Test
    void aThresholdChangeReSegmentsTheCachedScoresWithoutRunningTheModel() throws Exception {
        when(configuration.threshold()).thenReturn(0.8);

        refresher.bindPreferences(Fixtures.preferences(configuration));

        assertThat(project.markers("m1")).extracting(Marker::name).containsExactlyInAnyOrder("Reel change", "Kiss 1");
        assertThat(applied).hasSize(2).last().extracting(MarkerEdit::label).isEqualTo("Update kissing markers");
        DetectionRequest expected = Fixtures.preferencesWith(configuration).request(Fixtures.MOVIE, Path.of("/models/kiss"));
        verify(service).cached(expected);
        verify(service, times(1)).detect(any(), any(), any());
    }

    @Test
    void aColourChangeRestylesTheMarkersInOneEdit() throws Exception {
        when(configuration.markerColour()).thenReturn("cyan");

        refresher.bindPreferences(Fixtures.preferences(configuration));

        assertThat(project.markers("m1")).filteredOn(SceneMarkers::owned).extracting(Marker::colour)
                .containsOnly("#00acc1").hasSize(2);
        assertThat(applied.get(1).changes()).hasSize(2);
    }

    @Test
    void withoutCachedScoresTheMarkersStayAsTheyAre() throws Exception {
        doReturn(Optional.empty()).when(service).cached(any());
        when(configuration.threshold()).thenReturn(0.8);

        refresher.bindPreferences(Fixtures.preferences(configuration));

        assertThat(applied).hasSize(1);
        verify(service, times(1)).detect(any(), any(), any());
    }

    @Test
    void unchangedPreferencesAddNoStepToTheUndoHistory() throws Exception {
        refresher.bindPreferences(Fixtures.preferences(configuration));

        assertThat(applied).hasSize(1);
    }

    @Test
    void theDemoModelsCachedScoresAreReadWhereItLivesWithoutMakingIt() throws Exception {
        when(configuration.modelDirectory()).thenReturn("");
        when(configuration.threshold()).thenReturn(0.8);

        refresher.bindPreferences(Fixtures.preferences(configuration));

        DetectionRequest expected = Fixtures.preferencesWith(configuration).request(Fixtures.MOVIE, Path.of(Fixtures.DEMO));
        verify(service).cached(expected);
        verify(refresher.models, never()).resolve(any(), any(), any());
    }

    @Test
    void withoutTheDemoModelNothingHappens() throws Exception {
        when(configuration.modelDirectory()).thenReturn("");
        when(configuration.threshold()).thenReturn(0.8);
        when(refresher.models.location(any())).thenReturn(Optional.empty());

        refresher.bindPreferences(Fixtures.preferences(configuration));

        assertThat(applied).hasSize(1);
        verify(service, never()).cached(any());
    }

    @Test
    void withoutTheDetectionServiceNothingHappens() throws Exception {
        refresher.detection = null;
        when(configuration.threshold()).thenReturn(0.8);

        refresher.bindPreferences(Fixtures.preferences(configuration));

        assertThat(applied).hasSize(1);
        verify(service, never()).cached(any());
    }
}
