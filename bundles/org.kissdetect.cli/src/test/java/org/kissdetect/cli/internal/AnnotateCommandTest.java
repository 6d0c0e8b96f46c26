package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ClassifierFactory;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.model.ModelRepository;
import org.kissdetect.api.projects.AnnotationRequest;
import org.kissdetect.api.projects.MediaOutcome;
import org.kissdetect.api.projects.ProjectAnnotation;
import org.kissdetect.api.projects.ProjectAnnotationService;
import org.kissdetect.api.projects.ProjectException;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.api.segment.Segmenter;
import org.mockito.ArgumentCaptor;

/** {@code kissdetect annotate}: where the project goes, and what the user is told. */
class AnnotateCommandTest {

    @TempDir
    Path folder;
    Path project;

    private final ProjectAnnotationService annotation = mock(ProjectAnnotationService.class);
    private final Segmenter segmenter = mock(Segmenter.class);
    private final ClassifierFactory classifiers = mock(ClassifierFactory.class);
    private ModelRepository models;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void services() throws Exception {
        project = Files.writeString(folder.resolve("cut.mlt"), "<mlt/>");
        models = Models.repository(folder.resolve("demo-model"), "DEMO MODEL");
        when(segmenter.parameters()).thenReturn(new SegmentationParameters(10, 0.7, 0.5));
        when(classifiers.describe(any())).thenReturn(new ModelDescriptor("demo", "1", "both", "cpu()"));
        when(annotation.annotate(any(), any(), any())).thenAnswer(call -> {
            AnnotationRequest request = call.getArgument(0);
            return new ProjectAnnotation(request.project(), "shotcut", request.output(),
                    request.inPlace() ? folder.resolve("cut.mlt.kissdetect-backup") : null, 2,
                    List.of(new MediaOutcome(folder.resolve("a.mp4"), 2, 1, false, null),
                            new MediaOutcome(folder.resolve("gone.mp4"), 1, 0, false, "no such file")));
        });
    }

    @Test
    void theAnnotatedProjectGoesBesideTheUsersByDefaultAndMissingMediaIsNamed() throws Exception {
        assertThat(run("annotate", project.toString())).as("a media file could not be marked").isEqualTo(2);

        ArgumentCaptor<AnnotationRequest> request = ArgumentCaptor.forClass(AnnotationRequest.class);
        verify(annotation).annotate(request.capture(), any(), any());
        assertThat(request.getValue().output()).isEqualTo(folder.resolve("cut-kissdetect.mlt"));
        assertThat(request.getValue().inPlace()).isFalse();
        assertThat(request.getValue().snapToCuts()).isTrue();
        assertThat(err.toString()).contains("gone.mp4 (1 clip): not marked: no such file")
                .contains("2 markers (shotcut) on the clips of 1 of 2 media files");
    }

    @Test
    void inPlaceNamesTheBackupAndRefusesASecondOutput() throws Exception {
        run("annotate", project.toString(), "--in-place");
        assertThat(err.toString()).contains("the project as it was: " + folder.resolve("cut.mlt.kissdetect-backup"));

        assertThat(run("annotate", project.toString(), "--in-place", "--out", "x.mlt")).isEqualTo(2);
        assertThat(err.toString()).contains("--in-place and --out");
    }

    @Test
    void noSnapKeepsTheScenesOnTheirSeconds() throws Exception {
        run("annotate", project.toString(), "--no-snap");

        ArgumentCaptor<AnnotationRequest> request = ArgumentCaptor.forClass(AnnotationRequest.class);
        verify(annotation).annotate(request.capture(), any(), any());
        assertThat(request.getValue().snapToCuts()).isFalse();
    }

    @Test
    void theProjectIsNeverItsOwnOutputWithoutInPlace() throws Exception {
        assertThat(run("annotate", project.toString(), "--out", project.toString())).isEqualTo(2);
        verify(annotation, never()).annotate(any(), any(), any());
    }

    @Test
    void aProjectThatCannotBeReadIsABadInput() throws Exception {
        org.mockito.Mockito.doThrow(new ProjectException(project, "not well-formed XML")).when(annotation)
                .annotate(any(), any(), any());

        assertThat(run("annotate", project.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cut.mlt: not well-formed XML");
    }

    private int run(String... args) {
        AnnotateCommand command = new AnnotateCommand(annotation, segmenter, models, classifiers);
        return new CommandLineRunner(List.of(command), new PrintWriter(new StringWriter()), new PrintWriter(err))
                .run(args);
    }
}
