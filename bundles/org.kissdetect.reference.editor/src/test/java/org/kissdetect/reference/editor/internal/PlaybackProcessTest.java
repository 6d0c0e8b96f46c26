package org.kissdetect.reference.editor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybackProcessTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 36;

    @TempDir
    static Path folder;
    private static Path movie;

    /** Six seconds of a test pattern and a tone, made by the ffmpeg command where it is installed. */
    @BeforeAll
    static void makeMovie() throws Exception {
        movie = folder.resolve("pattern and tone.mkv");
        try {
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i",
                    "testsrc=duration=6:size=160x90:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:duration=6",
                    "-c:v", "mpeg4", "-c:a", "pcm_s16le", movie.toString()).redirectErrorStream(true).start();
            ffmpeg.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            ffmpeg.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            movie = null;
        }
    }

    @Test
    void theCommandLinesSeekAsInputOptionsAndWriteRawFramesAndSoundToThePipe() {
        Path film = Path.of("/films/a film.mp4");

        assertThat(PlaybackCommands.video(film, 12.5, 384, 216, 25)).containsSubsequence("ffmpeg", "-nostdin", "-ss",
                "12.500", "-i", "/films/a film.mp4", "-an", "-vf").contains("rawvideo", "bgr24", "pipe:1")
                .anyMatch(arg -> arg.startsWith("scale=384:216:force_original_aspect_ratio=decrease,pad=384:216")
                        && arg.endsWith(",fps=25.000"));
        assertThat(PlaybackCommands.audio(film, 12.5)).containsSubsequence("-ss", "12.500", "-i", "/films/a film.mp4",
                "-vn", "-f", "s16le", "-ac", "2", "-ar", "48000", "pipe:1");
        assertThat(PlaybackCommands.still(film, 0, 384, 216)).containsSubsequence("-ss", "0.000", "-i",
                "/films/a film.mp4", "-frames:v", "1").contains("pipe:1");
    }

    @Test
    void theClockFollowsTheSoundThenTheWallClockFromWhereTheSoundEnded() {
        AtomicLong now = new AtomicLong(0);
        FakeAudio audio = new FakeAudio();
        PlaybackClock clock = new PlaybackClock(audio, now::get);

        now.set(5_000_000_000L);
        audio.played = 1.5;
        assertThat(clock.seconds()).isEqualTo(1.5);
        clock.soundEnded();
        now.addAndGet(500_000_000L);
        assertThat(clock.followsSound()).isFalse();
        assertThat(clock.seconds()).isEqualTo(2.0);

        PlaybackClock silent = new PlaybackClock(null, now::get);
        now.addAndGet(250_000_000L);
        assertThat(silent.seconds()).isEqualTo(0.25);
    }

    @Test
    void playbackShowsPicturesOfTheViewersSizeFromTheTimeAndCloseLeavesNoProcess() throws Exception {
        assumeThat(movie).as("ffmpeg is installed").isNotNull();
        List<Double> times = new CopyOnWriteArrayList<>();
        CountDownLatch someFrames = new CountDownLatch(5);
        FakeAudio audio = new FakeAudio();
        PlaybackProcess playback = new PlaybackProcess(movie, 2, WIDTH, HEIGHT, 25, audio,
                frames(times, someFrames, new CountDownLatch(1)));
        try {
            assertThat(someFrames.await(30, TimeUnit.SECONDS)).as("five pictures within 30 s").isTrue();
            assertThat(playback.processes()).hasSize(2);
        } finally {
            playback.close();
        }
        assertThat(playback.processes()).as("picture and sound processes").hasSize(2)
                .allSatisfy(process -> assertThat(process.isAlive()).isFalse());
        assertThat(audio.closed).isTrue();
        assertThat(audio.bytes).as("sound reached the output").isPositive();
        assertThat(times.get(0)).isEqualTo(2.0);
        assertThat(times.get(1)).isEqualTo(2.04, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("editor-playback"));
    }

    @Test
    void withoutSoundOutputThePictureFollowsTheWallClockToTheEnd() throws Exception {
        assumeThat(movie).as("ffmpeg is installed").isNotNull();
        List<Double> times = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        long started = System.nanoTime();
        try (PlaybackProcess playback = new PlaybackProcess(movie, 5, WIDTH, HEIGHT, 25, null,
                frames(times, new CountDownLatch(1), ended))) {
            assertThat(playback.followsSound()).isFalse();
            assertThat(ended.await(30, TimeUnit.SECONDS)).as("the last second played and ended").isTrue();
        }
        assertThat((System.nanoTime() - started) / 1e9).as("played in about real time").isGreaterThan(0.8);
        assertThat(times).isNotEmpty().allSatisfy(time -> assertThat(time).isBetween(5.0, 6.0));
    }

    @Test
    void aStillIsThePictureAtTheTimeAndNothingPastTheEnd() throws Exception {
        assumeThat(movie).as("ffmpeg is installed").isNotNull();
        BufferedImage still = PlaybackProcess.still(movie, 1, WIDTH, HEIGHT);

        assertThat(still).isNotNull();
        assertThat(still.getWidth()).isEqualTo(WIDTH);
        assertThat(PlaybackProcess.still(movie, 60, WIDTH, HEIGHT)).isNull();
        assertThat(PlaybackProcess.still(folder.resolve("missing.mp4"), 0, WIDTH, HEIGHT)).isNull();
    }

    private static PlaybackProcess.Frames frames(List<Double> times, CountDownLatch shown, CountDownLatch ended) {
        return new PlaybackProcess.Frames() {
            @Override
            public void frame(BufferedImage picture, double second) {
                assertThat(picture.getWidth()).isEqualTo(WIDTH);
                assertThat(picture.getHeight()).isEqualTo(HEIGHT);
                times.add(second);
                shown.countDown();
            }

            @Override
            public void ended(String why) {
                ended.countDown();
            }
        };
    }

    /** A sound output that takes everything at once and says it played as much as it was told. */
    private static final class FakeAudio implements AudioOut {
        volatile double played;
        volatile long bytes;
        volatile boolean closed;

        @Override
        public void write(byte[] buffer, int length) {
            bytes += length;
        }

        @Override
        public double secondsPlayed() {
            return played;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
