package org.kissdetect.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;

class ReportComponentTest {

    @TempDir
    Path folder;
    final CountingDecoder decoder = new CountingDecoder(60);

    @Test
    void writesThePageTheStripAndThreeThumbnailsAScene() throws Exception {
        Path report = reportOfADetectionThatDecoded();

        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("Kissing scenes in film &amp; co.mp4").contains("Scene 1").contains("Scene 2")
                .containsPattern(">0:00:05</a> &ndash; <a [^>]*>0:00:15</a>").contains("demo model").contains("src=\"second-00009.jpg\"");
        BufferedImage strip = ImageIO.read(report.resolve("strip.png").toFile());
        assertThat(strip.getWidth()).isEqualTo(ProbabilityStrip.WIDTH);
        assertThat(thumbnails(report).keySet()).containsExactly("second-00005.jpg", "second-00009.jpg",
                "second-00014.jpg", "second-00040.jpg", "second-00045.jpg", "second-00051.jpg");
        BufferedImage middle = ImageIO.read(report.resolve("second-00009.jpg").toFile());
        assertThat(middle.getWidth()).isEqualTo(Thumbnails.WIDTH);
        assertThat(middle.getRGB(5, 5) & 0xff).isEqualTo(9); // the still of second 9
    }

    @Test
    void theStillsOfTheDetectionsPassNeedNoDecodingOfTheirOwn() throws Exception {
        reportOfADetectionThatDecoded();

        assertThat(decoder.passes).as("decoding passes, the detection's included").isEqualTo(1);
    }

    @Test
    void scoresFromTheCacheAreDecodedOnceUpToTheLastStillNeeded() throws Exception {
        Path report = Files.createDirectory(folder.resolve("report"));
        try (ReportStills stills = service().stills()) {
            service().writeInto(report, detection(), stills, () -> false);
        }

        assertThat(decoder.passes).isEqualTo(1);
        assertThat(decoder.secondsRead).as("seconds read, up to the last scene's end").isEqualTo(52);
        assertThat(thumbnails(report)).hasSize(6);
    }

    @Test
    void stillsTakenDuringDetectionAreTheOnesDecodingWouldGive() throws Exception {
        Path observed = reportOfADetectionThatDecoded();
        Path decoded = Files.createDirectory(folder.resolve("decoded"));
        try (ReportStills stills = service().stills()) {
            service().writeInto(decoded, detection(), stills, () -> false);
        }

        Map<String, byte[]> fromThePass = thumbnails(observed);
        Map<String, byte[]> fromTheMovie = thumbnails(decoded);
        assertThat(fromThePass.keySet()).isEqualTo(fromTheMovie.keySet());
        fromThePass.forEach((name, png) -> assertThat(png).as(name).isEqualTo(fromTheMovie.get(name)));
    }

    @Test
    void theStripShadesTheScenes() throws Exception {
        Path report = reportOfADetectionThatDecoded();

        BufferedImage strip = ImageIO.read(report.resolve("strip.png").toFile());
        int insideScene = strip.getRGB(40 + 10 * 1150 / 60, 20);
        int outside = strip.getRGB(40 + 30 * 1150 / 60, 20);
        assertThat(insideScene).isNotEqualTo(outside);
    }

    @Test
    void anEarlierReportOrAnEmptyFolderMayBeReplacedButNoOtherFolderOrFile() throws Exception {
        Path earlier = reportOfADetectionThatDecoded();
        Path empty = Files.createDirectory(folder.resolve("empty"));
        Path other = Files.createDirectories(folder.resolve("holiday"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        service().checkTarget(earlier);
        service().checkTarget(empty);
        service().checkTarget(folder.resolve("new"));
        assertThatThrownBy(() -> service().checkTarget(other)).isInstanceOf(IOException.class)
                .hasMessage(other + " exists and is not a Kiss Detector report; choose another folder");
        assertThatThrownBy(() -> service().checkTarget(file)).hasMessageContaining("is not a Kiss Detector report");
        assertThat(other.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void stillsFromAnotherServiceAreRefused() {
        ReportStills foreign = new ReportStills() {
            @Override
            public void decoded(SecondSample sample) {
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> service().writeInto(folder, detection(), foreign, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A detection that decoded the movie once, showing every second to the report's stills. */
    private Path reportOfADetectionThatDecoded() throws Exception {
        ReportComponent service = service();
        Path report = Files.createDirectories(folder.resolve("report"));
        try (ReportStills stills = service.stills(); SampleStream pass = decoder.open(detection().movie().file())) {
            Optional<SecondSample> next;
            while ((next = pass.next()).isPresent()) {
                stills.decoded(next.get());
            }
            service.writeInto(report, detection(), stills, () -> false);
        }
        return report;
    }

    private ReportComponent service() {
        return new ReportComponent(decoder, StillStoreTest.configuration(folder.toString()));
    }

    private Detection detection() {
        float[] p = new float[60];
        Arrays.fill(p, 5, 15, 0.9f);
        Arrays.fill(p, 40, 52, 0.8f);
        return new Detection(new MovieInfo(folder.resolve("film & co.mp4"), 60, 25, 64, 36, true),
                new ModelDescriptor("demo-synthetic", "1", "both", "cpu()"), p, new SegmentationParameters(10, 0.7, 0.5),
                List.of(new Scene(5, 14, 0.9), new Scene(40, 51, 0.8)), folder.resolve("s.json"), false);
    }

    private static Map<String, byte[]> thumbnails(Path report) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(report)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("second-")).toList()) {
                found.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return found;
    }

    /** Stills whose every byte is the second's number; counts the passes over the movie and the seconds read. */
    static final class CountingDecoder implements MovieDecoder {
        final int seconds;
        int passes;
        int secondsRead;

        CountingDecoder(int seconds) {
            this.seconds = seconds;
        }

        @Override
        public SampleStream open(Path movie) throws MediaException {
            passes++;
            return new SampleStream() {
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
                    secondsRead++;
                    return Optional.of(StillStoreTest.second(next++));
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
}
