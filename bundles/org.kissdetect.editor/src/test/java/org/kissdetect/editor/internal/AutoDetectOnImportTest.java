package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.nle.sdk.event.MediaImportEvent;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.Project;
import org.osgi.service.log.Logger;

class AutoDetectOnImportTest {

    private final Jobs jobs = Fixtures.synchronousJobs(mock(JobMonitor.class));
    private final MarkerDetector detector = new MarkerDetector(jobs);
    private final Logger logger = mock(Logger.class);
    private final AutoDetectOnImport listener = new AutoDetectOnImport(detector, logger);
    private final List<MarkerEdit> applied = new ArrayList<>();
    private final PreferenceValues configuration = Fixtures.configuration();
    private Project project;

    @BeforeEach
    void aDetectionServiceThatFindsOneScene() throws Exception {
        project = Fixtures.project(applied, Fixtures.MOVIE);
        detector.detection = mock(DetectionService.class);
        detector.models = Fixtures.models();
        when(detector.detection.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9)));
    }

    @Test
    void anImportedMovieIsDetectedAndMarked() {
        detector.preferences = Fixtures.preferences(configuration);

        listener.imported(new MediaImportEvent(project, List.of(Fixtures.MOVIE)));

        assertThat(project.markers("m1")).hasSize(1);
    }

    @Test
    void nothingIsDetectedWhenThePreferenceIsOff() {
        when(configuration.autoDetect()).thenReturn(false);
        detector.preferences = Fixtures.preferences(configuration);

        listener.imported(new MediaImportEvent(project, List.of(Fixtures.MOVIE)));

        verify(jobs, never()).schedule(anyString(), any());
    }

    @Test
    void withoutTheDetectionServiceTheImportIsLoggedAndLeftAlone() {
        detector.preferences = Fixtures.preferences(configuration);
        detector.detection = null;

        listener.imported(new MediaImportEvent(project, List.of(Fixtures.MOVIE)));

        verify(jobs, never()).schedule(anyString(), any());
        verify(logger).warn(anyString(), any(Object.class), any(Object.class));
    }
}
