package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** A score cache that cannot be written costs the cache, never the detection. */
class UnwritableCacheTest {

    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path movie;
    DetectionRequest request;

    @BeforeEach
    void movieAndModel() throws Exception {
        movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        request = new DetectionRequest(movie, Fakes.modelDirectory(folder.resolve("model"), "aaaa"), PARAMETERS);
    }

    @Test
    void aCacheFolderThatCannotBeMadeStillGivesTheDetectionWithAWarning() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("cache"), "a file where the cache folder should be");
        DetectionComponent service = service(notAFolder);

        Detection detection = service.detect(request, p -> { }, () -> false);

        assertThat(detection.probabilities()).hasSize(10);
        assertThat(detection.scenes()).hasSize(1);
        assertThat(detection.scoresFile()).isNull();
        assertThat(detection.warnings()).singleElement().asString().contains("score cache")
                .contains(notAFolder.toString()).contains("not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the cache folder should be");
    }

    @Test
    void theScoresOfADetectionTheCacheCouldNotKeepCanBeWrittenElsewhere() throws Exception {
        DetectionComponent service = service(Files.writeString(folder.resolve("cache"), "in the way"));
        Detection detection = service.detect(request, p -> { }, () -> false);
        Path beside = folder.resolve("film.scores.json");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeScores(detection, out);
        Files.write(beside, out.toByteArray());

        Detection again = service.resegment(beside, PARAMETERS);
        assertThat(again.probabilities()).containsExactly(detection.probabilities());
        assertThat(again.scenes()).isEqualTo(detection.scenes());
        assertThat(again.movie()).isEqualTo(detection.movie());
    }

    @Test
    void theScoresOfACachedDetectionAreWrittenAsTheCacheHoldsThem() throws Exception {
        DetectionComponent service = service(folder.resolve("cache"));
        Detection detection = service.detect(request, p -> { }, () -> false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeScores(detection, out);

        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(detection.scoresFile()));
    }

    @Test
    void aFolderInTheWayOfTheScoresFileIsLeftAloneAndReported() throws Exception {
        DetectionComponent service = service(folder.resolve("cache"));
        Path scores = service.detect(request, p -> { }, () -> false).scoresFile();
        Files.delete(scores);
        Files.createDirectory(scores);
        Files.writeString(scores.resolve("keep.txt"), "mine");

        Detection again = service.detect(request, p -> { }, () -> false);

        assertThat(again.fromCache()).isFalse();
        assertThat(again.scoresFile()).isNull();
        assertThat(again.warnings()).singleElement().asString().contains(scores.toString()).contains("folder");
        assertThat(scores.resolve("keep.txt")).hasContent("mine");
    }

    private DetectionComponent service(Path cache) {
        return new DetectionComponent(new Fakes.Decoder("0011111100"), new Fakes.Features(), new Fakes.Model(),
                Fakes.segmenter(PARAMETERS), Fakes.configuration(4, 32, cache.toString()));
    }
}
