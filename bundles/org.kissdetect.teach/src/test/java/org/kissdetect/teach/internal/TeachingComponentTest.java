package org.kissdetect.teach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.labels.Label;
import org.kissdetect.api.teach.TeachingException;
import org.kissdetect.api.teach.TeachingRequest;
import org.kissdetect.api.teach.TeachingResult;
import org.kissdetect.api.train.Confusion;
import org.kissdetect.api.train.DataSplit;
import org.kissdetect.api.train.EpochMetrics;
import org.kissdetect.api.train.SceneMetrics;
import org.kissdetect.api.train.SpanTrainingReport;
import org.kissdetect.api.train.SpanTrainingRequest;
import org.kissdetect.api.train.TrainingCancelledException;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.api.train.TrainingReport;
import org.kissdetect.api.train.TrainingService;
import org.mockito.ArgumentCaptor;

class TeachingComponentTest {

    private static final List<Label> ENOUGH = List.of(label(0, 12, true), label(40, 52, true), label(60, 70, true),
            label(12, 40, false));

    @TempDir
    Path folder;

    private final TrainingService training = mock(TrainingService.class);

    @Test
    void aTaughtModelGetsTheNextVersionAModelCardAndSaysItsBackbonesAreRandom() throws Exception {
        ArgumentCaptor<SpanTrainingRequest> asked = ArgumentCaptor.forClass(SpanTrainingRequest.class);
        when(training.trainOnSpans(asked.capture(), any(), any())).thenAnswer(call -> {
            SpanTrainingRequest request = call.getArgument(0);
            Files.createDirectories(request.output());
            Files.writeString(request.output().resolve("metadata.json"), "{}");
            return report(request.output(), 2);
        });
        Files.createDirectories(models().resolve("kissing-reel-one-v3"));

        TeachingResult result = teaching().teach(request(ENOUGH), new TrainingListener() {
        }, () -> false);

        assertThat(result.model()).isEqualTo(models().resolve("kissing-reel-one-v4"));
        assertThat(result.version()).isEqualTo("4");
        assertThat(result.model().resolve("metadata.json")).exists();
        assertThat(result.model().resolve(ModelCard.FILE)).content().contains("reel one").contains("34 s kissing")
                .contains("seeded random networks").contains("by labelled scene");
        assertThat(result.notices()).singleElement().asString().contains("only learns what random features can see");
        assertThat(result.summary()).contains("held-out F1").contains("random");
        assertThat(result.moviesDecoded()).isEqualTo(2);
        assertThat(asked.getValue().network().lastLayerOnly()).isTrue();
        assertThat(asked.getValue().provenance()).containsEntry("project", "reel one");
        assertThat(leftovers()).as("no staging folder is left").isEmpty();
    }

    @Test
    void tooFewLabelsOfAClassAreAClearMessageAndNoTraining() throws Exception {
        List<Label> few = List.of(label(0, 12, true), label(12, 40, false));

        assertThatThrownBy(() -> teaching().teach(request(few), new TrainingListener() {
        }, () -> false)).isInstanceOf(TeachingException.class).hasMessageContaining("12 s labelled kissing")
                .hasMessageContaining("at least 20 s of each");
        verify(training, never()).trainOnSpans(any(), any(), any());
        assertThat(models()).doesNotExist();
    }

    @Test
    void aCancelledTrainingLeavesTheModelsFolderAsItWas() throws Exception {
        when(training.trainOnSpans(any(), any(), any())).thenAnswer(call -> {
            SpanTrainingRequest request = call.getArgument(0);
            Files.createDirectories(request.output());
            throw new TrainingCancelledException("cancelled in epoch 2");
        });

        assertThatThrownBy(() -> teaching().teach(request(ENOUGH), new TrainingListener() {
        }, () -> true)).isInstanceOf(TrainingCancelledException.class);
        assertThat(leftovers()).isEmpty();
        assertThat(folder.resolve("work")).isEmptyDirectory();
    }

    @Test
    void aBackbonesFolderWithoutTheImportedBackbonesIsRefusedBeforeTraining() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("backbones"));
        TeachingRequest request = new TeachingRequest("reel one", ENOUGH, models(), empty, false, 5, 1);

        assertThatThrownBy(() -> teaching().teach(request, new TrainingListener() {
        }, () -> false)).hasMessageContaining("resnet18-imagenet.safetensors").hasMessageContaining("models import");
        verify(training, never()).trainOnSpans(any(), any(), any());
    }

    @Test
    void theLabelSetHashIgnoresOrder() {
        List<Label> reversed = new java.util.ArrayList<>(ENOUGH);
        java.util.Collections.reverse(reversed);
        assertThat(TeachingComponent.labelsSha256(reversed)).isEqualTo(TeachingComponent.labelsSha256(ENOUGH));
    }

    private TeachingComponent teaching() throws Exception {
        return new TeachingComponent(training, null, Files.createDirectories(folder.resolve("work")));
    }

    private Path models() {
        return folder.resolve("models");
    }

    private List<Path> leftovers() throws Exception {
        if (!Files.isDirectory(models())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(models())) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private TeachingRequest request(List<Label> labels) {
        return new TeachingRequest("reel one", labels, models(), null, false, 5, 1);
    }

    private static SpanTrainingReport report(Path model, int decoded) {
        Confusion confusion = new Confusion(10, 1, 2, 20);
        return new SpanTrainingReport(new TrainingReport(model, new DataSplit(List.of("a"), List.of("b"),
                List.of("c")), List.of(new EpochMetrics(1, 0.5, confusion, 0.4, Duration.ofSeconds(1))), 1, confusion,
                new SceneMetrics(1, 1, 1), Duration.ofSeconds(2)), decoded, "abc");
    }

    private static Label label(double start, double end, boolean kissing) {
        return new Label(Path.of("/films/a.mp4"), start, end, kissing, "test");
    }
}
