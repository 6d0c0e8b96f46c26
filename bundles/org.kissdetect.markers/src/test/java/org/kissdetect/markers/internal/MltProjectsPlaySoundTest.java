package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Scene;

/**
 * Plays the Shotcut and Kdenlive projects as the editors do, with MLT (their engine; {@code melt} renders headless),
 * and measures the sound against the movie's own: a stereo 440 Hz tone must come out at its level, not silent, and
 * a movie without sound must render too. The tone is stereo, the same in both channels, because MLT mixes mono to
 * stereo 3 dB down (as {@code ffmpeg -ac 2} does): a stereo source compares like with like.
 */
class MltProjectsPlaySoundTest {

    private static final int FPS = 25;
    private static final int SECONDS = 4;
    private static final double SILENT_DB = -60;

    @TempDir
    static Path folder;
    static Path tone;
    static Path mute;
    static double toneLevel;

    @BeforeAll
    static void moviesWithAndWithoutSound() throws Exception {
        if (!onPath("melt")) {
            return;
        }
        tone = folder.resolve("tone film.mp4");
        run("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=" + FPS, "-f",
                "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "6", "-af", "pan=stereo|c0=c0|c1=c0",
                "-c:v", "mpeg4", "-c:a", "aac", tone.toString());
        mute = folder.resolve("mute film.mp4");
        run("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=" + FPS, "-t", "6",
                "-c:v", "mpeg4", mute.toString());
        Path decoded = folder.resolve("tone.wav");
        run("ffmpeg", "-y", "-loglevel", "error", "-i", tone.toString(), "-t", String.valueOf(SECONDS), "-vn", "-c:a",
                "pcm_s16le", decoded.toString());
        toneLevel = meanVolume(decoded);
    }

    /** Each test is reported skipped, with the reason, where melt is missing (an aborted class reports nothing). */
    @BeforeEach
    void meltIsInstalled() {
        assumeTrue(tone != null,
                "melt is not installed (scripts/setup installs it): the MLT projects cannot be played");
    }

    @Test
    void theTonesLevelIsMeasured() {
        assertThat(toneLevel).as("sine's default amplitude 1/8: RMS -21 dBFS").isCloseTo(-21, within(1.5));
    }

    @Test
    void shotcutProjectPlaysTheMoviesSound() throws Exception {
        assertThat(meanVolume(played(new ShotcutMarkerWriter(), tone, true))).isGreaterThan(SILENT_DB)
                .isCloseTo(toneLevel, within(3.0));
    }

    @Test
    void kdenliveProjectPlaysTheMoviesSound() throws Exception {
        assertThat(meanVolume(played(new KdenliveMarkerWriter(), tone, true))).isGreaterThan(SILENT_DB)
                .isCloseTo(toneLevel, within(3.0));
    }

    @Test
    void projectsOfAMovieWithoutSoundPlaySilence() throws Exception {
        for (MarkerWriter writer : List.of(new ShotcutMarkerWriter(), new KdenliveMarkerWriter())) {
            assertThat(meanVolume(played(writer, mute, false))).as(writer.format()).isLessThan(SILENT_DB);
        }
    }

    /** Writes the movie's project and renders its first seconds' sound to a WAV file, which must hold them all. */
    private static Path played(MarkerWriter writer, Path movie, boolean hasAudio) throws Exception {
        MarkerDocument document = new MarkerDocument(new MovieInfo(movie, 6, FPS, 320, 240, hasAudio, null, null,
                null, hasAudio ? 2 : 0), List.of(new Scene(1, 2, 0.9)), "test", new MarkerStyle("Kiss", "red", false));
        String name = movie.getFileName() + "." + writer.extension();
        Path project = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(project)) {
            writer.write(document, out);
        }
        Path sound = folder.resolve(name + ".wav");
        String log = run("melt", project.toString(), "in=0", "out=" + (SECONDS * FPS - 1), "-consumer",
                "avformat:" + sound, "channels=2", "frequency=48000");
        // melt exits 0 even when it cannot load a project: the rendered length tells.
        assertThat(sound).as("melt's render of %s: %s", name, log).exists();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(sound.toFile())) {
            assertThat((double) in.getFrameLength() / in.getFormat().getFrameRate()).as("seconds rendered of %s", name)
                    .isCloseTo(SECONDS, within(0.1));
        }
        return sound;
    }

    /** The mean level in dB of full scale, as ffmpeg's {@code volumedetect} reports {@code mean_volume}. */
    private static double meanVolume(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat format = in.getFormat();
            assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            byte[] bytes = in.readAllBytes();
            double squares = 0;
            for (int i = 0; i + 1 < bytes.length; i += 2) {
                int sample = format.isBigEndian() ? (bytes[i] << 8) | (bytes[i + 1] & 0xff)
                        : (bytes[i + 1] << 8) | (bytes[i] & 0xff);
                squares += (double) sample * sample;
            }
            double meanSquare = squares / Math.max(1, bytes.length / 2) / (32768.0 * 32768.0);
            return 10 * Math.log10(Math.max(meanSquare, 1e-10));
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, command[0], ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
        return Files.readString(log);
    }
}
