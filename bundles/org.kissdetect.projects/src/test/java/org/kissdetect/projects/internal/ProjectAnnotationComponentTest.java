package org.kissdetect.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionCancelledException;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.detect.ProgressListener;
import org.kissdetect.api.projects.AnnotationRequest;
import org.kissdetect.api.projects.MediaOutcome;
import org.kissdetect.api.projects.MediaScenes;
import org.kissdetect.api.projects.ProjectAnnotation;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.segment.SegmentationParameters;

/** The service around the formats: each media detected once, missing media reported, the user's project kept. */
class ProjectAnnotationComponentTest {

    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(10, 0.7, 0.5);

    @TempDir
    Path folder;

    private final List<Path> detected = new ArrayList<>();

    @Test
    void eachMediaIsDetectedOnceAndMissingMediaIsReportedWhileTheRestIsMarked() throws Exception {
        Path project = ProjectFixture.project(folder, "shotcut.mlt");
        Files.writeString(ProjectFixture.filmA(folder), "a film");
        Path out = folder.resolve("annotated.mlt");

        ProjectAnnotation annotation = service().annotate(request(project, out, false), p -> { }, () -> false);

        assertThat(detected).containsExactly(ProjectFixture.filmA(folder));
        assertThat(annotation.media()).extracting(MediaOutcome::media, MediaOutcome::clips, MediaOutcome::detected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProjectFixture.filmA(folder), 2, true),
                        org.assertj.core.groups.Tuple.tuple(ProjectFixture.filmB(folder), 1, false));
        assertThat(annotation.media().get(1).failure()).contains("no such file");
        assertThat(annotation.markers()).as("a.mp4's two scenes").isEqualTo(2);
        assertThat(Files.readString(out)).contains("Kissing scene 2 (Kiss Detector)");
        assertThat(annotation.backup()).isNull();
    }

    @Test
    void inPlaceTheProjectIsReplacedAfterItsBackupIsWritten() throws Exception {
        Path project = ProjectFixture.project(folder, "shotcut.mlt");
        String before = Files.readString(project);
        Files.writeString(ProjectFixture.filmA(folder), "a film");

        ProjectAnnotation annotation = service().annotate(request(project, project, true), p -> { }, () -> false);

        assertThat(annotation.backup()).hasFileName("shotcut.mlt.kissdetect-backup");
        assertThat(Files.readString(annotation.backup())).isEqualTo(before);
        assertThat(Files.readString(project)).contains("(Kiss Detector)");
    }

    @Test
    void theUsersProjectIsNeverTheOutputUnlessAskedInPlace() {
        Path project = folder.resolve("p.mlt");

        assertThatThrownBy(() -> request(project, project, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in place");
    }

    @Test
    void aCancelledAnnotationWritesNothing() throws Exception {
        Path project = ProjectFixture.project(folder, "shotcut.mlt");
        Files.writeString(ProjectFixture.filmA(folder), "a film");
        Path out = folder.resolve("annotated.mlt");

        assertThatThrownBy(() -> service().annotate(request(project, out, false), p -> { }, () -> true))
                .isInstanceOf(DetectionCancelledException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileNoFormatReadsIsRefusedNamingTheFormatsThatExist() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not a project");

        assertThatThrownBy(() -> service().annotate(request(notes, folder.resolve("o"), false), p -> { },
                () -> false)).isInstanceOf(ProjectException.class).hasMessageContaining("notes.txt")
                .hasMessageContaining("Shotcut project");
    }

    private ProjectAnnotationComponent service() {
        return new ProjectAnnotationComponent(new ScenesFromFixture(),
                new ProjectFormats(List.of(new ShotcutProjectFormat())));
    }

    private AnnotationRequest request(Path project, Path out, boolean inPlace) {
        return new AnnotationRequest(project, out, inPlace, folder.resolve("model"), PARAMETERS,
                ProjectFixture.STYLE);
    }

    /** Answers with the fixture's scenes, as a detection of the real film would. */
    private final class ScenesFromFixture implements DetectionService {

        @Override
        public Detection detect(DetectionRequest request, ProgressListener listener, Cancellation cancellation)
                throws MediaException, DetectionCancelledException {
            if (cancellation.isCancelled()) {
                throw new DetectionCancelledException(request.movie(), 0);
            }
            detected.add(request.movie());
            MediaScenes scenes = ProjectFixture.scenes(folder).get(request.movie());
            return new Detection(scenes.media(), new ModelDescriptor("demo-1", "1", "demo", "cpu"), new float[120],
                    PARAMETERS, scenes.scenes(), null, false);
        }

        @Override
        public Optional<Detection> cached(DetectionRequest request) {
            return Optional.empty();
        }

        @Override
        public Detection resegment(Path scoresFile, SegmentationParameters parameters) throws IOException {
            throw new IOException("not here");
        }

        @Override
        public void writeScores(Detection detection, OutputStream out) throws IOException {
            throw new IOException("not here");
        }
    }
}
