package org.kissdetect.editor.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.model.ModelReference;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.model.ResolvedModel;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.nle.sdk.job.Job;
import org.kissdetect.nle.sdk.job.JobHandle;
import org.kissdetect.nle.sdk.job.JobMonitor;
import org.kissdetect.nle.sdk.job.Jobs;
import org.kissdetect.nle.sdk.project.MarkerChange;
import org.kissdetect.nle.sdk.project.MarkerConflictException;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.MediaItem;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;

/** Mockito stand-ins for the host (project, jobs) and for the plugin's configuration. */
final class Fixtures {

    static final MediaItem MOVIE = new MediaItem("m1", "movie.mp4", Path.of("/films/movie.mp4"));
    static final Marker USERS_MARKER = new Marker("user-1", "user", "Reel change", "#ffffff", "", new TimeRange(3, 3));

    private Fixtures() {
    }

    /** The plugin's configuration with the metatype defaults, but a model directory. */
    static PreferenceValues configuration() {
        PreferenceValues configuration = mock(PreferenceValues.class);
        lenient().when(configuration.minSeconds()).thenReturn(10);
        lenient().when(configuration.minFraction()).thenReturn(0.7);
        lenient().when(configuration.threshold()).thenReturn(0.5);
        lenient().when(configuration.autoDetect()).thenReturn(true);
        lenient().when(configuration.markerName()).thenReturn("Kiss");
        lenient().when(configuration.markerColour()).thenReturn("red");
        lenient().when(configuration.modelDirectory()).thenReturn("/models/kiss");
        return configuration;
    }

    /** A model repository with the demo model installed in {@value #DEMO}: directories are taken as they are. */
    static ModelRepository models() throws Exception {
        ModelRepository models = mock(ModelRepository.class);
        lenient().when(models.resolve(any(), any(), any())).thenAnswer(call -> {
            ModelReference reference = call.getArgument(0);
            return new ResolvedModel(reference, location(reference), reference instanceof ModelReference.Demo,
                    reference instanceof ModelReference.Demo ? "DEMO MODEL" : "");
        });
        lenient().when(models.location(any())).thenAnswer(call -> Optional.of(location(call.getArgument(0))));
        lenient().when(models.unavailable(any())).thenReturn(Optional.empty());
        return models;
    }

    static final String DEMO = "/cache/demo";

    private static Path location(ModelReference reference) {
        return reference instanceof ModelReference.Directory named ? named.path() : Path.of(DEMO);
    }

    static EditorPreferences preferences() {
        return preferences(configuration());
    }

    /** The preferences component as DS activates it with {@code values}: its pages and the segmenter's service. */
    static EditorPreferences preferences(PreferenceValues values) {
        DetectionPreferences detection = mock(DetectionPreferences.class);
        lenient().when(detection.autoDetect()).thenAnswer(call -> values.autoDetect());
        MarkerPreferences markers = mock(MarkerPreferences.class);
        lenient().when(markers.markerName()).thenAnswer(call -> values.markerName());
        lenient().when(markers.markerColour()).thenAnswer(call -> values.markerColour());
        ModelPreferences model = mock(ModelPreferences.class);
        lenient().when(model.modelDirectory()).thenAnswer(call -> values.modelDirectory());
        Segmenter segmenter = mock(Segmenter.class);
        lenient().when(segmenter.parameters()).thenAnswer(call -> new SegmentationParameters(values.minSeconds(),
                values.minFraction(), values.threshold()));
        return new EditorPreferences(detection, markers, model, segmenter);
    }

    static DetectionSettings preferencesWith(PreferenceValues configuration) {
        return preferences(configuration).settings();
    }

    static Detection detection(Scene... scenes) {
        return new Detection(new MovieInfo(MOVIE.file(), 60, 25, 64, 36, true),
                new ModelDescriptor("kissing-detector", "1.0", "both", "cpu()"), new float[60],
                new SegmentationParameters(10, 0.7, 0.5), List.of(scenes), Path.of("/cache/movie.scores"), false);
    }

    /**
     * A project mock that behaves like a host: it keeps markers per media item, checks each change's
     * {@code before} like a host must, applies an edit whole, and records the edits it applied.
     */
    static Project project(List<MarkerEdit> applied, MediaItem item, Marker... markers) throws Exception {
        Map<String, List<Marker>> state = new HashMap<>();
        state.put(item.id(), new ArrayList<>(List.of(markers)));
        Project project = mock(Project.class);
        lenient().when(project.media()).thenReturn(List.of(item));
        lenient().when(project.markers(anyString())).thenAnswer(call -> List.copyOf(
                state.getOrDefault(call.getArgument(0, String.class), List.of())));
        lenient().doAnswer(call -> {
            MarkerEdit edit = call.getArgument(0);
            Map<String, List<Marker>> next = new HashMap<>();
            state.forEach((id, list) -> next.put(id, new ArrayList<>(list)));
            for (MarkerChange change : edit.changes()) {
                List<Marker> list = next.computeIfAbsent(change.mediaId(), id -> new ArrayList<>());
                if (change.before() != null && !list.remove(change.before())) {
                    throw new MarkerConflictException("marker " + change.before().id() + " has changed");
                }
                if (change.after() != null) {
                    list.add(change.after());
                }
            }
            state.clear();
            state.putAll(next);
            applied.add(edit);
            return null;
        }).when(project).apply(any());
        return project;
    }

    /** Jobs that run each job at once on the caller's thread, with {@code monitor}. */
    static Jobs synchronousJobs(JobMonitor monitor) {
        Jobs jobs = mock(Jobs.class);
        lenient().when(jobs.schedule(anyString(), any())).thenAnswer(call -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                call.getArgument(1, Job.class).run(monitor);
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
            return handle(done);
        });
        return jobs;
    }

    /** Jobs that accept jobs and never run them: they stay "running" until {@code end} completes. */
    static Jobs stalledJobs(CompletableFuture<Void> end) {
        Jobs jobs = mock(Jobs.class);
        doAnswer(call -> handle(end)).when(jobs).schedule(anyString(), any());
        return jobs;
    }

    private static JobHandle handle(CompletableFuture<Void> done) {
        JobHandle handle = mock(JobHandle.class);
        when(handle.completion()).thenReturn(done);
        return handle;
    }
}
