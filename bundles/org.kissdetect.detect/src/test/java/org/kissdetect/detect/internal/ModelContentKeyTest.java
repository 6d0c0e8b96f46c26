package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** Scores belong to a model's content, not to its id and version, which retraining keeps. */
class ModelContentKeyTest {

    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path movie;
    Fakes.Model model = new Fakes.Model();
    DetectionComponent service;

    @BeforeEach
    void movieAndService() throws Exception {
        movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        service = new DetectionComponent(new Fakes.Decoder("0011111100"), new Fakes.Features(), model,
                Fakes.segmenter(PARAMETERS), Fakes.configuration(4, 32, folder.resolve("cache").toString()));
    }

    @Test
    void retrainingIntoTheSameFolderGivesNewScores() throws Exception {
        Path trained = Fakes.modelDirectory(folder.resolve("my-model"), "1111");
        service.detect(request(trained), p -> { }, () -> false);
        int calls = model.calls.get();

        Fakes.modelDirectory(trained, "2222");

        assertThat(service.cached(request(trained))).isEmpty();
        assertThat(service.detect(request(trained), p -> { }, () -> false).fromCache()).isFalse();
        assertThat(model.calls.get()).isGreaterThan(calls);
    }

    @Test
    void anotherModelWithTheSameIdAndVersionDoesNotShareScores() throws Exception {
        Path demo = Fakes.modelDirectory(folder.resolve("demo"), "1111");
        Path broken = Fakes.modelDirectory(folder.resolve("nan-weights"), "3333");
        service.detect(request(demo), p -> { }, () -> false);

        assertThat(service.cached(request(broken))).isEmpty();
        assertThat(service.detect(request(broken), p -> { }, () -> false).fromCache()).isFalse();
        assertThat(service.detect(request(demo), p -> { }, () -> false).fromCache()).isTrue();
    }

    private DetectionRequest request(Path modelDirectory) {
        return new DetectionRequest(movie, modelDirectory, PARAMETERS);
    }
}
