package org.kissdetect.guitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.testing.ColourCodedMovies;

/**
 * Starts the reference editor (target/editor-gui.jar: features/editor.bndrun plus the test-double detection) on
 * Xvfb as a user would, with a movie on its command line, right-clicks the movie's clip, picks "Detect kissing
 * scenes" and checks the screenshot: two cyan marker spans where the movie's red (kissing) seconds are.
 * Screenshots and the editor's output are kept in target/gui-screenshots.
 */
class ReferenceEditorIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/gui-screenshots"));
    private static final Path EDITOR = Path.of(System.getProperty("editor.jar", "target/editor-gui.jar"));
    private static final String MOVIE_RED = "#fe0000";
    private static final String MARKER_CYAN = "#00acc1";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void theContextMenuActionPutsTheKissingScenesOnTheTimeline() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path movie = ColourCodedMovies.twoScenes(folder.resolve("two scenes.mp4"));
        Path preferences = preferences(folder.resolve("preferences"));
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("home"))) {
            display.launch(SCREENSHOTS.resolve("editor.log"), java(), "-Dfelix.cm.dir=" + preferences, "-jar",
                    EDITOR.toAbsolutePath().toString(), movie.toString());

            BufferedImage imported = display.awaitScreen(SCREENSHOTS.resolve("1-imported.png"), PATIENCE,
                    image -> new ColourRuns(image, MOVIE_RED).bestRow(20).runs().size() == 2);
            ColourRuns.Row thumbnails = new ColourRuns(imported, MOVIE_RED).bestRow(20);
            assertThat(thumbnails.runs()).as("the movie's two red blocks in the thumbnails of 1-imported.png").hasSize(2);
            assertThat(new ColourRuns(imported, MARKER_CYAN).bestRow(10).runs())
                    .as("no markers before the action: detection on import is off").isEmpty();

            int x = thumbnails.runs().get(0).centre();
            int y = thumbnails.y();
            display.xdotool("mousemove", Integer.toString(x), Integer.toString(y), "click", "3");
            display.awaitScreen(SCREENSHOTS.resolve("2-context-menu.png"), PATIENCE,
                    image -> !new ColourRuns(image, MOVIE_RED).matches(x + 30, y + 10));
            display.xdotool("mousemove", Integer.toString(x + 30), Integer.toString(y + 10), "click", "1");

            BufferedImage marked = display.awaitScreen(SCREENSHOTS.resolve("3-markers.png"), PATIENCE,
                    image -> new ColourRuns(image, MARKER_CYAN).bestRow(10).runs().size() >= 2);
            List<ColourRuns.Run> spans = new ColourRuns(marked, MARKER_CYAN).bestRow(10).runs();
            assertThat(spans).as("cyan marker spans in one row of 3-markers.png").hasSize(2);
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
