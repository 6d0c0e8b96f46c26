package org.kissdetect.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

class ReportWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesThePageTheStripAndThreeThumbnailsAScene() throws Exception {
        Path index = new ReportWriter(decoder(60)).write(detection(), folder.resolve("report"), () -> false);

        String html = Files.readString(index);
        assertThat(html).contains("Kissing scenes in film &amp; co.mp4").contains("Scene 1").contains("Scene 2")
                .contains("0:00:05 &ndash; 0:00:15").contains("demo model");
        BufferedImage strip = ImageIO.read(folder.resolve("report/strip.png").toFile());
        assertThat(strip.getWidth()).isEqualTo(ProbabilityStrip.WIDTH);
        try (var files = Files.list(folder.resolve("report"))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("second-"))).hasSize(6);
        }
        BufferedImage middle = ImageIO.read(folder.resolve("report/second-00009.png").toFile());
        assertThat(middle.getWidth()).isEqualTo(Thumbnails.WIDTH);
        assertThat(middle.getRGB(5, 5) & 0xff).isEqualTo(9); // the still of second 9
    }

    @Test
    void theStripShadesTheScenes() throws Exception {
        new ReportWriter(decoder(60)).write(detection(), folder.resolve("report"), () -> false);

        BufferedImage strip = ImageIO.read(folder.resolve("report/strip.png").toFile());
        int insideScene = strip.getRGB(40 + 10 * 1150 / 60, 20);
        int outside = strip.getRGB(40 + 30 * 1150 / 60, 20);
        assertThat(insideScene).isNotEqualTo(outside);
    }

    @Test
    void replacesAnEarlierReportButNeverAnotherFolder() throws Exception {
        Path report = folder.resolve("report");
        ReportWriter writer = new ReportWriter(decoder(60));
        writer.write(detection(), report, () -> false);
        writer.write(detection(), report, () -> false);
        Path other = Files.createDirectories(folder.resolve("holiday"));
        Files.writeString(other.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> writer.write(detection(), other, () -> false))
                .hasMessageContaining("is not a Kiss Detector report");
        assertThat(other.resolve("notes.txt")).hasContent("mine");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report", "holiday");
        }
    }

    private Detection detection() {
        float[] p = new float[60];
        Arrays.fill(p, 5, 15, 0.9f);
        Arrays.fill(p, 40, 52, 0.8f);
        return new Detection(new MovieInfo(folder.resolve("film & co.mp4"), 60, 25, 64, 36, true),
                new ModelDescriptor("demo-synthetic", "1", "both", "cpu()"), p, new SegmentationParameters(10, 0.7, 0.5),
                List.of(new Scene(5, 14, 0.9), new Scene(40, 51, 0.8)), folder.resolve("s.json"), false);
    }

    /** Stills whose every byte is the second's number. */
    private static MovieDecoder decoder(int seconds) {
        return movie -> new SampleStream() {
            int next;

            @Override
            public MovieInfo info() {
                return new MovieInfo(movie, seconds, 25, 64, 36, true);
            }

            @Override
            public Optional<SecondSample> next() {
                if (next == seconds) {
                    return Optional.empty();
                }
                byte[] pixels = new byte[64 * 36 * 3];
                Arrays.fill(pixels, (byte) next);
                return Optional.of(new SecondSample(next, next++, new RgbImage(64, 36, pixels), new float[15_360], false, false));
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
