package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.TestMovie;

/**
 * Pictures whose still would need absurd memory (an 8192 x 2 video would make a 1,048,576 x 256 still, 805 MB)
 * are refused when the movie is opened; any that turn up later are skipped with a warning. Nothing escapes as
 * an allocation error.
 */
class AbsurdPictureTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aVideoAThousandTimesWiderThanHighIsRefusedWhenOpened() throws Exception {
        Path movie = Movies.write(folder, "strip.mp4", TestMovie.small().withSize(2048, 16).withSeconds(1));

        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Movies.EXACT.open(movie))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(movie.toString())
                .hasMessageContaining("2048x16"));
    }

    @Test
    void theEightThousandByTwoVideoOfTheIssueIsRefusedWhenOpened() throws Exception {
        Path movie = FfmpegCommand.make(folder, "w.mp4", "-f", "lavfi", "-i", "color=c=red:s=8192x2:r=25",
                "-f", "lavfi", "-i", "sine", "-t", "3", "-c:v", "libx264", "-pix_fmt", "yuv444p", "-c:a", "aac",
                "-shortest");

        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Movies.EXACT.open(movie))
                .isInstanceOf(MediaException.class)
                .hasMessageContaining(movie.toString())
                .hasMessageContaining("8192x2"));
    }

    @Test
    void absurdPicturesHalfWayAreSkippedWithAWarning() throws Exception {
        Path normal = FfmpegCommand.make(folder, "normal.ts", "-f", "lavfi", "-i", "color=c=blue:s=320x240:r=25",
                "-t", "3", "-c:v", "libx264", "-pix_fmt", "yuv420p");
        Path strip = FfmpegCommand.make(folder, "strip.ts", "-f", "lavfi", "-i", "color=c=red:s=8192x2:r=25",
                "-t", "3", "-c:v", "libx264", "-pix_fmt", "yuv444p");
        Path joined = folder.resolve("joined.ts");
        Files.write(joined, Files.readAllBytes(normal));
        Files.write(joined, Files.readAllBytes(strip), java.nio.file.StandardOpenOption.APPEND);

        List<SecondSample> seconds = new ArrayList<>();
        List<String> warnings = assertTimeoutPreemptively(BOUND, () -> {
            try (SampleStream stream = Movies.EXACT.open(joined)) {
                for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                    seconds.add(next.get());
                }
                return stream.warnings();
            }
        });

        assertThat(seconds).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seconds).allSatisfy(second -> assertThat(second.still().height()).isEqualTo(256));
        assertThat(warnings).anyMatch(warning -> warning.contains("8192x2"));
    }
}
