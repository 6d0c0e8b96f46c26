package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.SampleStream;

/**
 * Shot cuts found on the pictures the decoder sees: a hard cut from a test pattern to colour bars at 2.4 s (frame
 * 60 at 25 fps) is found on its frame; a one-frame white flash at 3.0 s and the moving pattern are not cuts.
 */
class ShotCutsTest {

    private static final String TWO_SHOTS = "testsrc=s=320x180:r=25:d=2.4[a];smptebars=s=320x180:r=25:d=1.6[b];"
            + "[a][b]concat=n=2:v=1:a=0,drawbox=enable='eq(n\\,75)':x=0:y=0:w=iw:h=ih:color=white:t=fill";

    @TempDir
    Path folder;

    @Test
    void aHardCutIsFoundOnItsFrameAndAFlashIsNot() throws Exception {
        Path movie = FfmpegCommand.make(folder, "cut.mp4", "-f", "lavfi", "-i", TWO_SHOTS, "-c:v", "mpeg4", "-q:v",
                "3", "-g", "12", "-bf", "2");

        assertThat(cuts(movie)).singleElement().satisfies(cut -> assertThat(cut).isCloseTo(2.4, within(1e-6)));
    }

    @Test
    void tenBitPicturesAreMeasuredOnTheirWholeDepth() throws Exception {
        Path movie = FfmpegCommand.make(folder, "cut10.mkv", "-f", "lavfi", "-i", TWO_SHOTS, "-pix_fmt",
                "yuv420p10le", "-c:v", "ffv1");

        assertThat(cuts(movie)).singleElement().satisfies(cut -> assertThat(cut).isCloseTo(2.4, within(1e-6)));
    }

    @Test
    void fastModeWhichSkipsPicturesFindsNone() throws Exception {
        Path movie = FfmpegCommand.make(folder, "cut-fast.mp4", "-f", "lavfi", "-i", TWO_SHOTS, "-c:v", "mpeg4",
                "-q:v", "3");
        try (SampleStream stream = Standalone.decoder("fast").open(movie)) {
            while (stream.next().isPresent()) {
                // to the end
            }
            assertThat(stream.shotCuts()).isEmpty();
        }
    }

    private static List<Double> cuts(Path movie) throws Exception {
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            while (stream.next().isPresent()) {
                // to the end
            }
            return stream.shotCuts();
        }
    }
}
