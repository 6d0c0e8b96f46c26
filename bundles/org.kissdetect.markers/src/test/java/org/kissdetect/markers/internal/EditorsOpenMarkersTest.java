package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.testing.screen.ColourRuns;
import org.kissdetect.testing.screen.VirtualDisplay;

/**
 * Opens the Shotcut and Kdenlive projects in the real editors (Debian 12's Shotcut and Kdenlive 22.12, under
 * Xvfb; installed by scripts/setup) and checks from a screenshot that the markers are drawn where the scenes
 * are: on a grey movie, red is only ever a marker. Screenshots are kept in target/editor-screenshots.
 */
@Tag("editors")
class EditorsOpenMarkersTest {

    private static final String RED = "#e53935";
    private static final Path SCREENSHOTS = Path.of("target", "editor-screenshots");

    @TempDir
    static Path folder;
    static MarkerDocument document;

    @BeforeAll
    static void greyMovieWithTwoScenes() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path movie = folder.resolve("grey film.mp4");
        run(folder.resolve("ffmpeg.log"), "ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "color=c=gray:size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", "40", "-c:v", "mpeg4", "-q:v", "5", "-c:a", "aac", "-shortest", movie.toString());
        document = new MarkerDocument(new MovieInfo(movie, 40, 25, 640, 360, true),
                List.of(new Scene(5, 9, 0.9), new Scene(20, 29, 0.8)), "test", new MarkerStyle("Kiss", "red", false));
    }

    @Test
    void shotcutDrawsTheScenesAsRangeMarkersOnTheRuler() throws Exception {
        Path project = write(new ShotcutMarkerWriter(), "scenes.mlt");
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("shotcut-home"))) {
            display.launch(folder.resolve("shotcut.log"), "shotcut", project.toString());
            BufferedImage screen = display.awaitScreen(SCREENSHOTS.resolve("shotcut.png"), Duration.ofSeconds(90),
                    image -> new ColourRuns(image, RED).bestRow(10).runs().size() >= 2);

            List<ColourRuns.Run> bars = new ColourRuns(screen, RED).bestRow(10).runs();
            assertThat(bars).as("red marker bars in one row of %s", SCREENSHOTS.resolve("shotcut.png")).hasSize(2);
            // Bars of 5 s and 10 s with the same end caps: their difference is 5 s of ruler.
            double secondPixels = (bars.get(1).length() - bars.get(0).length()) / 5.0;
            assertThat(secondPixels).as("pixels a second").isPositive();
            assertThat((bars.get(1).x() - bars.get(0).x()) / secondPixels).as("from bar to bar, in seconds")
                    .isCloseTo(15, within(1.0));
        }
    }

    @Test
    void kdenliveDrawsAGuideAtEachSceneStartAndEnd() throws Exception {
        Path project = write(new KdenliveMarkerWriter(), "scenes.kdenlive");
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("kdenlive-home"))) {
            display.launch(folder.resolve("kdenlive.log"), "dbus-run-session", "--", "kdenlive", project.toString());
            BufferedImage screen = display.awaitScreen(SCREENSHOTS.resolve("kdenlive.png"), Duration.ofSeconds(120),
                    image -> new ColourRuns(image, RED).verticalLines(40).size() >= 3);

            List<Integer> guides = new ColourRuns(screen, RED).verticalLines(40);
            assertThat(guides).as("red guide lines in %s", SCREENSHOTS.resolve("kdenlive.png")).hasSizeGreaterThanOrEqualTo(3);
            double secondPixels = (guides.get(1) - guides.get(0)) / 5.0;
            assertThat((guides.get(2) - guides.get(0)) / secondPixels).as("third guide after the first, in seconds")
                    .isCloseTo(15, within(1.0));
        }
    }

    private static Path write(MarkerWriter writer, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(document, out);
        }
        return file;
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }
}
