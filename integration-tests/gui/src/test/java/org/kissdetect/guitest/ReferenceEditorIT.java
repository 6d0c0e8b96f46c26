package org.kissdetect.guitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.testing.screen.ColourRuns;
import org.kissdetect.testing.screen.VirtualDisplay;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.testing.ColourCodedMovies;

/**
 * Starts the reference editor (target/editor-gui.jar: features/editor.bndrun plus the test-double detection) on
 * Xvfb and uses it as a person would, with real input events (xdotool): imports a movie through File > Import,
 * right-clicks the movie's clip, picks "Detect kissing scenes" and checks the screenshot: two cyan marker spans
 * where the movie's red (kissing) seconds are.
 * Screenshots and the editor's output are kept in target/gui-screenshots.
 */
class ReferenceEditorIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/gui-screenshots"));
    private static final Path EDITOR = Path.of(System.getProperty("editor.jar", "target/editor-gui.jar"));
    private static final String MOVIE_RED = "#fe0000";
    private static final String MARKER_CYAN = "#00acc1";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The background of the timelines before any import, and where the 1280x760 window's centre is on the 1600x900 screen. */
    private static final String EMPTY_TIMELINES = "#3c3f41";
    private static final int CENTRE_X = 800;
    private static final int CENTRE_Y = 450;

    @TempDir
    Path folder;

    @Test
    void theContextMenuActionPutsTheKissingScenesOnTheTimeline() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path movie = ColourCodedMovies.twoScenes(folder.resolve("two scenes.mp4"));
        Path preferences = preferences(folder.resolve("preferences"));
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("home"))) {
            display.launch(SCREENSHOTS.resolve("editor.log"), java(), "-Dfelix.cm.dir=" + preferences, "-jar",
                    EDITOR.toAbsolutePath().toString());
            display.awaitScreen(SCREENSHOTS.resolve("1-started.png"), PATIENCE,
                    image -> new ColourRuns(image, EMPTY_TIMELINES).matches(CENTRE_X, CENTRE_Y));

            // File > Import (Ctrl+I), as a user would: type the movie's path into the file chooser.
            display.xdotool("mousemove", Integer.toString(CENTRE_X), Integer.toString(CENTRE_Y), "click", "1");
            display.xdotool("key", "ctrl+i");
            display.awaitScreen(SCREENSHOTS.resolve("2-import-dialog.png"), PATIENCE,
                    image -> !new ColourRuns(image, EMPTY_TIMELINES).matches(CENTRE_X, CENTRE_Y));
            display.xdotool("type", "--delay", "20", movie.toString());
            display.xdotool("key", "Return");

            BufferedImage imported = display.awaitScreen(SCREENSHOTS.resolve("3-imported.png"), PATIENCE,
                    image -> new ColourRuns(image, MOVIE_RED).bestRow(20).runs().size() == 2);
            ColourRuns.Row thumbnails = new ColourRuns(imported, MOVIE_RED).bestRow(20);
            assertThat(thumbnails.runs()).as("the movie's two red blocks in the thumbnails of 3-imported.png").hasSize(2);
            assertThat(new ColourRuns(imported, MARKER_CYAN).bestRow(10).runs())
                    .as("no markers before the action: detection on import is off").isEmpty();

            int x = thumbnails.runs().get(0).centre();
            int y = thumbnails.y();
            display.xdotool("mousemove", Integer.toString(x), Integer.toString(y), "click", "3");
            display.awaitScreen(SCREENSHOTS.resolve("4-context-menu.png"), PATIENCE,
                    image -> !new ColourRuns(image, MOVIE_RED).matches(x + 30, y + 10));
            display.xdotool("mousemove", Integer.toString(x + 30), Integer.toString(y + 10), "click", "1");

            BufferedImage marked = display.awaitScreen(SCREENSHOTS.resolve("5-markers.png"), PATIENCE,
                    image -> new ColourRuns(image, MARKER_CYAN).bestRow(10).runs().size() >= 2);
            List<ColourRuns.Run> spans = new ColourRuns(marked, MARKER_CYAN).bestRow(10).runs();
            assertThat(spans).as("cyan marker spans in one row of 5-markers.png").hasSize(2);
            // Scenes of 10 s (from 3 s) and 12 s (from 23 s): the second is 1.2 times as long and starts 20 s later.
            double secondPixels = spans.get(0).length() / 10.0;
            assertThat(spans.get(1).length() / secondPixels).as("second span in seconds").isCloseTo(12, within(1.0));
            assertThat((spans.get(1).x() - spans.get(0).x()) / secondPixels).as("from span to span, in seconds")
                    .isCloseTo(20, within(1.0));
            assertThat(spans.get(0).x()).as("the first span starts within the clip, after its start")
                    .isGreaterThan(thumbnails.runs().get(0).x() - 3 * (int) secondPixels);
        }
    }

    /** Preferences as Felix Config Admin keeps them between runs: auto-detection off, cyan markers. */
    private static Path preferences(Path folder) throws Exception {
        Path file = folder.resolve("org/kissdetect/editor.config");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "service.pid=\"org.kissdetect.editor\"\nautoDetect=B\"false\"\nmarkerColour=\"cyan\"\n");
        return folder;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
