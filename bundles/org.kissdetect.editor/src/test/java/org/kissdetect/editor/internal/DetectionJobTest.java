package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.classify.ModelException;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.model.ModelCancelledException;
import org.kissdetect.api.model.ModelListener;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.nle.sdk.job.JobCancelledException;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;

class DetectionJobTest {

    private final DetectionService service = mock(DetectionService.class);
    private final JobMonitor monitor = mock(JobMonitor.class);
    private final DetectionSettings settings = Fixtures.preferences().settings();
    private final List<MarkerEdit> applied = new ArrayList<>();

    @Test
    void marksEachSceneAsASpanOfWholeSecondsOwnedByThePlugin() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9), new Scene(30, 41, 0.8)));

        run(project);

        assertThat(project.markers("m1")).extracting(Marker::name, Marker::owner, Marker::colour, Marker::range)
                .containsExactly(
                        tuple("Kiss 1", "org.kissdetect.editor", "#e53935", new TimeRange(5, 15)),
                        tuple("Kiss 2", "org.kissdetect.editor", "#e53935", new TimeRange(30, 42)));
        assertThat(project.markers("m1").get(0).comment()).isEqualTo("Kissing scene, confidence 0.90 (model kissing-detector 1.0)");
        assertThat(applied).hasSize(1).first().extracting(MarkerEdit::label).isEqualTo("Detect kissing scenes");
    }

    @Test
    void aReRunReplacesItsOwnMarkersInOneEditAndNeverTouchesOthers() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE, Fixtures.USERS_MARKER);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9), new Scene(30, 41, 0.8)));
        run(project);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9), new Scene(50, 59, 0.7)));

        run(project);

        assertThat(project.markers("m1")).extracting(Marker::name, m -> m.range().start())
                .containsExactlyInAnyOrder(tuple("Reel change", 3.0),
                        tuple("Kiss 1", 5.0), tuple("Kiss 2", 50.0));
        assertThat(applied).hasSize(2);
        assertThat(applied.get(1).changes()).as("the second edit: the scene at 30 s out, the one at 50 s in")
                .hasSize(2).allSatisfy(change -> assertThat(change.mediaId()).isEqualTo("m1"));
        assertThat(applied.get(1).changes()).noneMatch(change -> Fixtures.USERS_MARKER.equals(change.before()));
    }

    @Test
    void aReRunThatFindsTheSameScenesChangesNothingAndDuplicatesNothing() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9)));

        run(project);
        run(project);

        assertThat(project.markers("m1")).hasSize(1);
        assertThat(applied).as("no empty step in the undo history").hasSize(1);
    }

    @Test
    void undoingTheEditRestoresTheMarkersAsTheyWere() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE, Fixtures.USERS_MARKER);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(5, 14, 0.9)));
        run(project);
        List<Marker> before = project.markers("m1");
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection(new Scene(20, 29, 0.9), new Scene(40, 49, 0.9)));
        run(project);

        project.apply(applied.get(1).inverse());

        assertThat(project.markers("m1")).containsExactlyInAnyOrderElementsOf(before);
        project.apply(applied.get(0).inverse());
        assertThat(project.markers("m1")).containsExactly(Fixtures.USERS_MARKER);
    }

    @Test
    void aCancelledDetectionWritesNothing() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        when(service.detect(any(), any(), any())).thenThrow(new DetectionCancelledException(Fixtures.MOVIE.file(), 12));

        assertThatThrownBy(() -> run(project)).isInstanceOf(JobCancelledException.class).hasMessageContaining("12 s");

        verify(project, never()).apply(any());
    }

    @Test
    void aCancellationAfterTheLastSecondStillWritesNothing() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        when(service.detect(any(), any(), any())).thenAnswer(call -> {
            when(monitor.isCancelled()).thenReturn(true);
            return Fixtures.detection(new Scene(5, 14, 0.9));
        });

        assertThatThrownBy(() -> run(project)).isInstanceOf(JobCancelledException.class);

        verify(project, never()).apply(any());
    }

    @Test
    void aFailedDetectionWritesNothingAndReportsTheMoviesProblem() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        when(service.detect(any(), any(), any())).thenThrow(new MediaException(Fixtures.MOVIE.file(), "no video stream"));

        assertThatThrownBy(() -> run(project)).hasMessage("cannot decode /films/movie.mp4: no video stream");

        verify(project, never()).apply(any());
    }

    @Test
    void asksForTheMovieWithTheConfiguredModelAndParameters() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection());

        run(project);

        verify(service).detect(eq(settings.request(Fixtures.MOVIE, Path.of("/models/kiss"))), any(), any());
    }

    @Test
    void withoutAModelDirectoryItMakesTheDemoModelFirstAndDetectsWithIt() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        PreferenceValues configuration = Fixtures.configuration();
        when(configuration.modelDirectory()).thenReturn(" ");
        DetectionSettings demoSettings = Fixtures.preferences(configuration).settings();
        ModelRepository models = Fixtures.models();
        when(service.detect(any(), any(), any())).thenReturn(Fixtures.detection());

        new DetectionJob(project, List.of(Fixtures.MOVIE), service, demoSettings, models).run(monitor);

        verify(models).resolve(eq(ModelReference.demo()), any(), any());
        verify(service).detect(eq(demoSettings.request(Fixtures.MOVIE, Path.of("/cache/demo"))), any(), any());
    }

    @Test
    void aDemoModelThatCannotBeMadeWritesNothing() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        PreferenceValues configuration = Fixtures.configuration();
        when(configuration.modelDirectory()).thenReturn("");
        ModelRepository models = mock(ModelRepository.class);
        when(models.resolve(any(), any(), any())).thenThrow(new ModelException(Path.of("models/demo/head.safetensors"),
                "is damaged"));

        assertThatThrownBy(() -> new DetectionJob(project, List.of(Fixtures.MOVIE), service,
                Fixtures.preferences(configuration).settings(), models).run(monitor)).hasMessageContaining("is damaged");

        verify(service, never()).detect(any(), any(), any());
        verify(project, never()).apply(any());
    }

    @Test
    void preparingTheDemoModelIsShownAndCancellingItWritesNothing() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE);
        PreferenceValues configuration = Fixtures.configuration();
        when(configuration.modelDirectory()).thenReturn("");
        ModelRepository models = mock(ModelRepository.class);
        when(models.resolve(any(), any(), any())).thenAnswer(call -> {
            call.<ModelListener>getArgument(1).stage("rebuilding the demo model", 1, 2);
            throw new ModelCancelledException("training cancelled", null);
        });

        assertThatThrownBy(() -> new DetectionJob(project, List.of(Fixtures.MOVIE), service,
                Fixtures.preferences(configuration).settings(), models).run(monitor))
                .isInstanceOf(JobCancelledException.class).hasMessage("training cancelled");

        verify(monitor).progress(0, "Preparing the demo model: rebuilding the demo model");
        verify(service, never()).detect(any(), any(), any());
        verify(project, never()).apply(any());
    }

    private void run(Project project) throws Exception {
        new DetectionJob(project, List.of(Fixtures.MOVIE), service, settings, Fixtures.models()).run(monitor);
    }
}
