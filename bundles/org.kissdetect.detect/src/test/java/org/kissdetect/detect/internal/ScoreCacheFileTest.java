package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** The score cache is a folder of plain files: written like any other file, and nothing else in it is touched. */
class ScoreCacheFileTest {

    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);

    @TempDir
    Path folder;
    Path cache;
    DetectionRequest request;
    Fakes.Model model = new Fakes.Model();
    DetectionComponent service;

    @BeforeEach
    void movieAndService() throws Exception {
        Path movie = Files.writeString(folder.resolve("film.mp4"), "pretend movie");
        cache = folder.resolve("cache");
        request = new DetectionRequest(movie, Fakes.modelDirectory(folder.resolve("model"), "aaaa"), PARAMETERS);
        service = new DetectionComponent(new Fakes.Decoder("0011111100"), new Fakes.Features(), model,
                Fakes.segmenter(PARAMETERS), Fakes.configuration(4, 32, cache.toString()));
    }

    @Test
    void scoresAreWrittenWithThePermissionsOfAnyNewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path scores = service.detect(request, p -> { }, () -> false).scoresFile();
        Path ordinary = Files.createFile(cache.resolve("ordinary"));

        assertThat(Files.getPosixFilePermissions(scores)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void scoresWrittenBeforeStartTimecodesWereReadAreNotBelieved() throws Exception {
        Path scores = service.detect(request, p -> { }, () -> false).scoresFile();
        assertThat(service.detect(request, p -> { }, () -> false).fromCache()).isTrue();
        Files.writeString(scores, Files.readString(scores).replaceAll(",\\s*\"infoVersion\"\\s*:\\s*4", ""));

        Detection again = service.detect(request, p -> { }, () -> false);

        assertThat(again.fromCache()).as("a file of an older version may lack the movie's timecode").isFalse();
        assertThat(Files.readString(scores)).contains("\"infoVersion\"");
    }

    @Test
    void theMoviesFormatIsKeptAndScoresWrittenBeforeItWasAreStillBelieved() throws Exception {
        Path scores = service.detect(request, p -> { }, () -> false).scoresFile();

        Detection cached = service.detect(request, p -> { }, () -> false);
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.movie().format()).isEqualTo(Fakes.Decoder.FORMAT);

        Files.writeString(scores, Files.readString(scores)
                .replaceAll(",\\s*\"(container|videoCodec|audioCodec)\"\\s*:\\s*\"[^\"]*\"", ""));
        Detection older = service.detect(request, p -> { }, () -> false);
        assertThat(older.fromCache()).as("the format only tells players what to expect").isTrue();
        assertThat(older.movie().format()).isNull();
    }

    @Test
    void scoresWrittenBeforeShotCutsWereReadAreNotBelieved() throws Exception {
        Path scores = service.detect(request, p -> { }, () -> false).scoresFile();
        Files.writeString(scores, Files.readString(scores).replaceAll("\"infoVersion\"\\s*:\\s*4",
                "\"infoVersion\":3"));

        Detection again = service.detect(request, p -> { }, () -> false);

        assertThat(again.fromCache()).as("a file of version 3 lacks the shot cuts").isFalse();
        assertThat(Files.readString(scores)).contains("\"pixelAspect\"").contains("\"rotation\"")
                .contains("\"shotCuts\"");
    }

    @Test
    void aCacheFileThatLinksToADeviceIsNeitherReadNorReplaced() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Path scores = service.detect(request, p -> { }, () -> false).scoresFile();
        Files.delete(scores);
        Files.createSymbolicLink(scores, zero);

        Detection again = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> service.detect(request, p -> { }, () -> false));

        assertThat(again.fromCache()).isFalse();
        assertThat(again.probabilities()).hasSize(10);
        assertThat(again.warnings()).singleElement().asString().contains(scores.toString()).contains("link");
        assertThat(Files.isSymbolicLink(scores)).isTrue();
        assertThat(Files.readSymbolicLink(scores)).isEqualTo(zero);
        assertThat(Files.isRegularFile(scores, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
