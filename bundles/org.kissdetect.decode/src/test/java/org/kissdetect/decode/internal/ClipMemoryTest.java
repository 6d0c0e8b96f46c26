package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMovie;

/**
 * Over a long movie the decoder keeps the frames of about one clip (its ring, the clip a gap would reuse, the
 * seconds in flight), never the film: counted as the clip frames the stream holds after every second.
 */
class ClipMemoryTest {

    private static final int SECONDS = 300;
    private static final ClipRequest CLIP = new ClipRequest(16, 112);
    /** The ring, the previous second's clip and a second in flight, each at most one clip, overlapping in fact. */
    private static final int BOUND = 3 * CLIP.frames();

    @TempDir
    static Path folder;

    @Test
    void aFiveMinuteMovieHoldsTheFramesOfAFewClipsAtMost() throws Exception {
        TestMovie movie = TestMovie.small().withFrameRate(10).withSeconds(SECONDS);
        Path file = Movies.write(folder, "five-minutes.mp4", movie);

        int seconds = 0;
        int mostHeld = 0;
        try (FfmpegSampleStream stream = (FfmpegSampleStream) Movies.EXACT.open(file, CLIP)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                SecondSample second = next.get();
                mostHeld = Math.max(mostHeld, stream.retainedClipFrames());
                if (second.second() >= 2) {
                    int still = movie.expectedStill(second.second()).frame();
                    assertThat(second.clip()).hasSize(CLIP.frames());
                    assertThat(FrameCode.read(second.clip().get(0))).as("first frame of second %d", second.second())
                            .isEqualTo(still - CLIP.frames() + 1);
                    assertThat(FrameCode.read(second.clip().get(CLIP.frames() - 1))).isEqualTo(still);
                }
                seconds++;
            }
        }

        assertThat(seconds).isEqualTo(SECONDS);
        assertThat(mostHeld).as("clip frames held at once, of %d decoded", SECONDS * 10)
                .isGreaterThanOrEqualTo(CLIP.frames()).isLessThanOrEqualTo(BOUND);
    }
}
