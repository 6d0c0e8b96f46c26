package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMovie;
import org.kissdetect.testmedia.Tones;

/**
 * A transport stream's clock may restart or leap (joined recordings, a recorder paused for hours): what follows
 * is placed right after what came before, as players and {@code ffmpeg} do, and the jump is reported with its
 * time. Containers whose clock is the film's own keep their times, and a long gap in them is reported too.
 */
class TimestampJumpTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final TestMovie FOUR_SECONDS_TS = TestMovie.small().withContainer("ts").withSeconds(4);

    @TempDir
    Path folder;

    record Decoded(List<SecondSample> seconds, List<String> warnings) {
    }

    @Test
    void aTransportStreamJoinedToItselfIsDecodedTwiceOverWithAWarning() throws Exception {
        Path once = Movies.write(folder, "once.ts", FOUR_SECONDS_TS);
        Path twice = joined(folder.resolve("twice.ts"), once, once);

        Decoded decoded = decode(twice);

        assertThat(decoded.seconds()).hasSize(8);
        Movies.assertAsWritten(FOUR_SECONDS_TS, decoded.seconds().subList(0, 4));
        for (int k = 4; k < 8; k++) {
            SecondSample second = decoded.seconds().get(k);
            assertThat(second.second()).isEqualTo(k);
            assertThat(FrameCode.read(second.still())).as("frame code of second %d", k)
                    .isEqualTo(FrameCode.read(decoded.seconds().get(k - 4).still()));
            assertThat(second.audioMissing()).as("sound of second %d missing", k).isFalse();
            assertThat(Tones.dominantHz(second.audio(), TestMovie.DECODED_RATE)).as("tone of second %d", k)
                    .isCloseTo(Tones.hz(k - 4), org.assertj.core.data.Offset.offset(2.0));
        }
        assertThat(decoded.warnings()).filteredOn(w -> w.contains("clock")).singleElement().asString()
                .contains("at 00:00:04.").contains("back");
    }

    @Test
    void aTwoHourGapInATransportStreamIsLeftOutWithAWarning() throws Exception {
        Path first = Movies.write(folder, "first.ts", FOUR_SECONDS_TS);
        Path late = FfmpegCommand.make(folder, "late.ts", "-i", first.toString(), "-c", "copy",
                "-output_ts_offset", "7200");
        Path gap = joined(folder.resolve("gap.ts"), first, late);

        Decoded decoded = decode(gap);

        assertThat(decoded.seconds()).hasSize(8);
        assertThat(decoded.seconds().subList(4, 8)).noneMatch(SecondSample::frameReused);
        assertThat(decoded.warnings()).filteredOn(w -> w.contains("clock")).singleElement().asString()
                .contains("at 00:00:04.").contains("02:00:0").contains("left out");
    }

    @Test
    void aLongGapInAnMp4IsKeptAsTheFileSaysWithAWarning() throws Exception {
        TestMovie frozen = TestMovie.small().withSeconds(16).withPictureGap(1.5, 14.5);
        Path movie = Movies.write(folder, "frozen.mp4", frozen);

        Decoded decoded = decode(movie);

        Movies.assertAsWritten(frozen, decoded.seconds());
        assertThat(decoded.warnings()).filteredOn(w -> w.contains("no picture")).singleElement().asString()
                .contains("00:00:01.4").contains("00:00:14.5");
    }

    private static Path joined(Path target, Path... parts) throws Exception {
        Files.deleteIfExists(target);
        for (Path part : parts) {
            Files.write(target, Files.readAllBytes(part), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return target;
    }

    private static Decoded decode(Path movie) {
        return assertTimeoutPreemptively(BOUND, () -> decodeAll(movie));
    }

    private static Decoded decodeAll(Path movie) throws MediaException {
        List<SecondSample> seconds = new ArrayList<>();
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                seconds.add(next.get());
            }
            return new Decoded(seconds, stream.warnings());
        }
    }
}
