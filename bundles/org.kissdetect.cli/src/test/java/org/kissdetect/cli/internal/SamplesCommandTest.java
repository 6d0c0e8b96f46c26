package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.detect.Cancellation;
import org.kissdetect.decode.internal.Standalone;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;
import org.kissdetect.testmedia.Tones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SamplesCommandTest {

    @TempDir
    static Path folder;
    static Path movie;
    static final TestMovie MOVIE = TestMovie.small().withAudioFrom(1.2);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String requestedMode = "unset";

    @BeforeAll
    static void writeMovie() throws Exception {
        movie = TestMedia.write(Standalone.encoder(), folder.resolve("movie.mp4"), MOVIE);
    }

    @Test
    void writesStillsSoundAndAnIndexOfEverySecond() throws Exception {
        Path dir = folder.resolve("samples");

        int exit = run(movie.toString(), "--out", dir.toString(), "--mode", "fast");

        assertThat(exit).isZero();
        assertThat(requestedMode).isEqualTo("fast");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("seconds.json").toFile());
        assertThat(json.get("seconds")).hasSize(3);
        assertThat(json.get("seconds").get(0).get("audioMissing").asBoolean()).isTrue();
        assertThat(json.get("seconds").get(2).get("stillSeconds").asDouble()).isEqualTo(2.96);
        for (int k = 0; k < 3; k++) {
            String name = String.format("%05d", k);
            var image = ImageIO.read(dir.resolve("stills/" + name + ".png").toFile());
            assertThat(image.getHeight()).isEqualTo(256);
            assertThat(FrameCode.read(toRgb(image))).isEqualTo(MOVIE.expectedStill(k).frame());
            try (AudioInputStream wav = AudioSystem.getAudioInputStream(dir.resolve("audio/" + name + ".wav").toFile())) {
                AudioFormat format = wav.getFormat();
                assertThat(format.getSampleRate()).isEqualTo(16_000f);
                assertThat(format.getSampleSizeInBits()).isEqualTo(16);
                assertThat(format.getChannels()).isEqualTo(1);
                assertThat(wav.getFrameLength()).isEqualTo(15_360);
                if (k > 0) {
                    assertThat(Tones.dominantHz(toFloats(wav.readAllBytes()), 16_000)).isCloseTo(Tones.hz(k),
                            org.assertj.core.data.Offset.offset(2.0));
                }
            }
        }
    }

    @Test
    void aBrokenMovieIsOneLineOnStderrExitTwoAndNoOutputFolder() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.mp4"), "not a movie");
        Path dir = folder.resolve("never");

        int exit = run(broken.toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("broken.mp4").contains("not a movie");
        assertThat(dir).doesNotExist();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".never"));
        }
    }

    @Test
    void aFolderWithContentIsNeverOverwritten() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("full"));
        Files.writeString(dir.resolve("keep.txt"), "mine");

        int exit = run(movie.toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("exists and is not an empty folder");
        assertThat(dir.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void ctrlCWhileWritingLeavesNeitherTheFolderNorItsStagingFolder() throws Exception {
        Path dir = folder.resolve("cancelled");
        AtomicInteger polls = new AtomicInteger();

        int exit = run(() -> polls.incrementAndGet() > 1, movie.toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(130);
        assertThat(polls).hasValueGreaterThan(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("cancelled");
        assertThat(dir).doesNotExist();
        try (var siblings = Files.list(folder)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".cancelled"));
        }
    }

    private int run(String... args) {
        return run(() -> false, args);
    }

    private int run(Cancellation cancellation, String... args) {
        DecoderModes modes = mode -> {
            requestedMode = mode;
            return Standalone.decoder(mode == null ? "exact" : mode);
        };
        String[] full = new String[args.length + 1];
        full[0] = "samples";
        System.arraycopy(args, 0, full, 1, args.length);
        return new CommandLineRunner(List.of(new SamplesCommand(modes, cancellation)), new PrintWriter(out),
                new PrintWriter(err)).run(full);
    }

    private static RgbImage toRgb(java.awt.image.BufferedImage image) {
        byte[] pixels = new byte[image.getWidth() * image.getHeight() * 3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int i = (y * image.getWidth() + x) * 3;
                pixels[i] = (byte) (rgb >> 16);
                pixels[i + 1] = (byte) (rgb >> 8);
                pixels[i + 2] = (byte) rgb;
            }
        }
        return new RgbImage(image.getWidth(), image.getHeight(), pixels);
    }

    private static float[] toFloats(byte[] pcm) {
        float[] samples = new float[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xFF) | pcm[2 * i + 1] << 8) / 32768f;
        }
        return samples;
    }
}
