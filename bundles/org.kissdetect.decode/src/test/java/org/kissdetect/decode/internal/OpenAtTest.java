package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.TestMovie;

/**
 * A stream opened at a second hands out, for every second from it on, exactly what a pass from the start hands out:
 * the same still to the last byte, the same sound to the last bit, the same flags and clip frames. MP4 files are
 * seeked (and decode fewer pictures); Matroska is decoded from the start.
 */
class OpenAtTest {

    private static final FfmpegDecoderComponent DECODER = (FfmpegDecoderComponent) Standalone.decoder("exact");
    private static final ClipRequest CLIP = new ClipRequest(16, 112);

    @TempDir
    static Path folder;
    /** 30 s, 25 fps, a keyframe every 10 s, 48 kHz AAC. */
    private static Path kitMp4;

    @BeforeAll
    static void writeMovies() throws MediaException {
        kitMp4 = Movies.write(folder, "kit.mp4", TestMovie.small().withSeconds(30).withSize(320, 180));
    }

    @Test
    void theKitsMp4IsSeekedAndEqualToAPassFromTheStart() throws Exception {
        // 13 - 3 s of preroll lands on the keyframe at 10 s; 17 inside the GOP from 20; 29 is the last second.
        assertEqualFromEverySecond(kitMp4, null, List.of(0, 1, 5, 13, 17, 22, 29, 30, 45), true);
    }

    @Test
    void clipsAreThoseOfAPassFromTheStart() throws Exception {
        assertEqualFromEverySecond(kitMp4, CLIP, List.of(4, 13, 17, 29), true);
    }

    @Test
    void x264WithBFramesOpenGopAndNoisy44kHzSoundIsEqual() throws Exception {
        // Pink noise makes the AAC encoder use perceptual noise substitution, whose decoder draws from a generator
        // that runs through the whole film: sound decoded after a seek would differ.
        Path file = FfmpegCommand.make(folder, "x264-open-gop.mp4", "-f", "lavfi", "-i",
                "testsrc2=size=320x180:rate=30000/1001", "-f", "lavfi", "-i",
                "anoisesrc=color=pink:sample_rate=44100:amplitude=0.3", "-t", "24", "-c:v", "libx264", "-preset",
                "veryfast", "-x264-params", "open-gop=1:keyint=60:bframes=3:b-pyramid=normal:scenecut=0",
                "-c:a", "aac", "-b:a", "48k");
        assertEqualFromEverySecond(file, null, List.of(1, 4, 7, 11, 23, 24), true);
    }

    @Test
    void soundStartingAfterTheSeekPointIsEqual() throws Exception {
        Path file = Movies.write(folder, "late-sound.mp4", TestMovie.small().withSeconds(20).withAudioFrom(12.5));
        assertEqualFromEverySecond(file, null, List.of(4, 13, 15, 19), true);
    }

    @Test
    void aSecondAfterAPictureGapReusesTheStillOfAPassFromTheStart() throws Exception {
        Path file = Movies.write(folder, "picture-gap.mp4", TestMovie.small().withSeconds(24).withPictureGap(6.3,
                14.6));
        assertEqualFromEverySecond(file, null, List.of(8, 12, 14, 15, 20), true);
    }

    @Test
    void matroskaIsDecodedFromTheStartAndEqual() throws Exception {
        Path file = Movies.write(folder, "kit.mkv", TestMovie.small().withSeconds(20).withContainer("mkv"));
        assertEqualFromEverySecond(file, null, List.of(0, 6, 13, 19, 25), false);
    }

    @Test
    void aSeekDecodesFewerPicturesThanAPassFromTheStart() throws Exception {
        long fromStart;
        try (SampleStream stream = DECODER.open(kitMp4)) {
            readAll(stream);
            fromStart = ((FfmpegSampleStream) stream).picturesDecoded();
        }
        try (SampleStream stream = DECODER.openAt(kitMp4, null, 25)) {
            List<SecondSample> seconds = readAll(stream);
            FfmpegSampleStream ffmpeg = (FfmpegSampleStream) stream;
            assertThat(ffmpeg.seeked()).isTrue();
            assertThat(seconds).extracting(SecondSample::second).containsExactly(25, 26, 27, 28, 29);
            // From the keyframe at 20 s: 10 s of the 30 s film.
            assertThat(ffmpeg.picturesDecoded()).isLessThan(fromStart / 2);
        }
    }

    @Test
    void aNegativeSecondIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DECODER.openAt(kitMp4, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertEqualFromEverySecond(Path file, ClipRequest clip, List<Integer> firstSeconds,
            boolean seeksLate) throws Exception {
        List<SecondSample> whole;
        try (SampleStream stream = clip == null ? DECODER.open(file) : DECODER.open(file, clip)) {
            whole = readAll(stream);
        }
        assertThat(whole).hasSizeGreaterThan(15);
        for (int first : firstSeconds) {
            try (SampleStream stream = DECODER.openAt(file, clip, first)) {
                List<SecondSample> part = readAll(stream);
                List<SecondSample> expected = whole.subList(Math.min(first, whole.size()), whole.size());
                assertThat(part).as("seconds from %d", first).hasSameSizeAs(expected);
                for (int i = 0; i < part.size(); i++) {
                    assertSameSecond(expected.get(i), part.get(i), first);
                }
                boolean seeked = ((FfmpegSampleStream) stream).seeked();
                if (first <= whole.size()) {
                    assertThat(seeked).as("seeked to open at %d", first)
                            .isEqualTo(seeksLate && first - SeekStart.PREROLL_SECONDS > 0);
                }
            }
        }
    }

    private static void assertSameSecond(SecondSample expected, SecondSample actual, int first) {
        String what = "second " + expected.second() + " opened at " + first;
        assertThat(actual.second()).as(what).isEqualTo(expected.second());
        assertThat(actual.stillSeconds()).as("still time of %s", what).isEqualTo(expected.stillSeconds());
        assertSameImage(expected.still(), actual.still(), "still of " + what);
        assertThat(Arrays.equals(actual.audio(), expected.audio())).as("sound of %s, first difference at %d", what,
                Arrays.mismatch(actual.audio(), expected.audio())).isTrue();
        assertThat(actual.frameReused()).as("reused still of %s", what).isEqualTo(expected.frameReused());
        assertThat(actual.audioMissing()).as("missing sound of %s", what).isEqualTo(expected.audioMissing());
        assertThat(actual.clip()).as("clip of %s", what).hasSameSizeAs(expected.clip());
        for (int i = 0; i < expected.clip().size(); i++) {
            assertSameImage(expected.clip().get(i), actual.clip().get(i), "clip frame " + i + " of " + what);
        }
    }

    private static void assertSameImage(RgbImage expected, RgbImage actual, String what) {
        assertThat(actual.width()).as(what).isEqualTo(expected.width());
        assertThat(actual.height()).as(what).isEqualTo(expected.height());
        assertThat(Arrays.equals(actual.pixels(), expected.pixels())).as("pixels of %s", what).isTrue();
    }

    private static List<SecondSample> readAll(SampleStream stream) throws MediaException {
        List<SecondSample> seconds = new ArrayList<>();
        for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
            seconds.add(next.get());
        }
        return seconds;
    }
}
