package org.kissdetect.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.teach.TeachingService;
import org.kissdetect.api.teach.UncertainSpan;
import org.kissdetect.nle.sdk.project.Marker;
import org.kissdetect.nle.sdk.project.MarkerEdit;
import org.kissdetect.nle.sdk.project.Project;
import org.kissdetect.nle.sdk.project.TimeRange;

/** "Review uncertain seconds": the film's scores, the least sure spans as review markers, a review replacing the last. */
class ReviewJobTest {

    private final DetectionService detection = mock(DetectionService.class);
    private final TeachingService teaching = mock(TeachingService.class);
    private final List<MarkerEdit> applied = new ArrayList<>();
    private final RecordingMonitor monitor = new RecordingMonitor(false);

    @Test
    void theLeastSureSpansBecomeReviewMarkersThatReplaceTheLastReviewsAndLeaveTheScenes() throws Exception {
        Project project = Fixtures.project(applied, Fixtures.MOVIE, Fixtures.USERS_MARKER);
        float[] probabilities = new float[60];
        when(detection.detect(any(), any(), any())).thenReturn(new Detection(new MovieInfo(Fixtures.MOVIE.file(), 60,
                25, 64, 36, true), new ModelDescriptor("kissing-reel", "2", "both", "cpu()"), probabilities,
                new SegmentationParameters(10, 0.7, 0.5), List.of(), Path.of("/cache/movie.scores"), true));
        when(teaching.uncertainSpans(any(), anyDouble(), anyInt())).thenReturn(
                List.of(new UncertainSpan(12, 16, 0.48, 0.02)), List.of(new UncertainSpan(40, 43, 0.55, 0.05)));

        job(project).run(monitor);
        job(project).run(monitor);

        assertThat(project.markers("m1")).filteredOn(ReviewMarkers::is).singleElement().satisfies(marker -> {
            assertThat(marker.range()).isEqualTo(new TimeRange(40, 43));
            assertThat(marker.name()).isEqualTo("Review: 55 % kissing");
            assertThat(marker.colour()).isEqualTo(ReviewMarkers.COLOUR);
        });
        assertThat(project.markers("m1")).contains(Fixtures.USERS_MARKER);
        assertThat(applied).extracting(MarkerEdit::label).containsExactly("Review uncertain seconds",
                "Review uncertain seconds");
        assertThat(monitor.last()).contains("1 uncertain span of movie.mp4");
        Marker review = project.markers("m1").stream().filter(ReviewMarkers::is).findFirst().orElseThrow();
        assertThat(SceneMarkers.replace("m1", project.markers("m1"), List.of()))
                .as("a detection's marker update leaves review markers alone")
                .noneMatch(change -> review.equals(change.before()));
    }

    private ReviewJob job(Project project) throws Exception {
        return new ReviewJob(project, Fixtures.MOVIE, detection, Fixtures.preferences().settings(), Fixtures.models(),
                teaching);
    }
}
