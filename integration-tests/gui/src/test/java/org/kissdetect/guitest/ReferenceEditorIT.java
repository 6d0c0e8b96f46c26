package org.kissdetect.guitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.decode.internal.Standalone;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.kissdetect.testing.screen.ColourRuns;
import org.kissdetect.testing.screen.VirtualDisplay;

/**
 * Starts the reference editor exactly as {@code ./kissdetect editor} does (features/target/editor.jar: the real
 * decoding, features, classification and detection bundles) on Xvfb, and uses it as a person would, with real input
 * events (xdotool): imports a synthetic film with two known kissing scenes through File > Import, right-clicks its
 * clip, picks "Detect kissing scenes" and checks the screenshot: two cyan marker spans where the scenes are; then
 * labels a span by dragging across it and picking "Label selection as kissing", and rejects the second scene with
 * "Reject: not kissing" (its marker goes, a not-kissing label takes its place); then reviews: zooms the timeline with
 * Ctrl+wheel, goes to the marker from the marker list and fits the timeline to the window again. No model
 * directory is set, so the editor makes the demo model first, as on a fresh machine.
 * Screenshots and the editor's output are kept in target/gui-screenshots.
 */
class ReferenceEditorIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/gui-screenshots"));
    private static final Path EDITOR = Path.of(System.getProperty("editor.jar", "../../features/target/editor.jar"));
    private static final Path DEMO_MODEL = Path.of(System.getProperty("demo.model", "target/demo-model"));
    private static final SyntheticFilm FILM = SyntheticFilm.of(50, 8, new SecondSpan(3, 14), new SecondSpan(30, 41));
    private static final String PLAYHEAD_AMBER = "#ffb300";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration DETECTION_PATIENCE = Duration.ofSeconds(240);
    /** The background of the timelines before any import, and where the 1280x760 window's centre is on the 1600x900 screen. */
    private static final String EMPTY_TIMELINES = "#3c3f41";
    private static final int CENTRE_X = 800;
    private static final int CENTRE_Y = 450;
    private static final double SECONDS_OF_TOLERANCE = 3;
    /**
     * The widest gap the labelled span's selection, still shown, cuts into the zoomed first marker (about 230 px);
     * the second marker lies over 400 px further right at that zoom.
     */
    private static final int SELECTION_GAP = 300;

    @TempDir
    Path folder;

    @Test
    void theContextMenuActionPutsTheKissingScenesOnTheTimeline() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path movie = FILM.write(Standalone.encoder(), folder.resolve("two scenes.mp4"));
        Path preferences = EditorScreen.preferences(folder.resolve("preferences"), folder.resolve("scores"));
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("home"))) {
            display.launch(SCREENSHOTS.resolve("editor.log"), EditorScreen.java(), "-Dfelix.cm.dir=" + preferences,
                    "-Dkissdetect.demo.model=" + DEMO_MODEL.toAbsolutePath(), "-jar", EDITOR.toAbsolutePath().toString());
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
                    image -> EditorScreen.frameRow(image, 0) >= 0);
            int frameTop = EditorScreen.frameRow(imported, 0);
            int laneTop = EditorScreen.frameRow(imported, frameTop + 1);
            assertThat(laneTop).as("the bottom of the clip's thumbnail frame in 3-imported.png").isPositive();
            ColourRuns.Run clip = EditorScreen.frameRun(imported, frameTop);
            assertThat(EditorScreen.markerSpans(imported, laneTop)).as("no markers before the action: detection on import is off")
                    .isEmpty();

            // Right-click the marker lane, which stays as it is while the thumbnails are still being made.
            int x = clip.centre();
            int y = laneTop + 16;
            display.xdotool("mousemove", Integer.toString(x), Integer.toString(y), "click", "3");
            display.awaitScreen(SCREENSHOTS.resolve("4-context-menu.png"), PATIENCE,
                    image -> image.getRGB(x + 30, y + 10) != imported.getRGB(x + 30, y + 10));
            // The first enabled item is "Detect kissing scenes" (the labelling actions need a selection or a
            // detected scene's marker): the keyboard skips the disabled ones, as it does for a user.
            display.xdotool("key", "Down", "Return");

            BufferedImage marked = display.awaitScreen(SCREENSHOTS.resolve("5-markers.png"), DETECTION_PATIENCE,
                    image -> EditorScreen.markerSpans(image, laneTop).size() >= 2);
            List<ColourRuns.Run> spans = EditorScreen.markerSpans(marked, laneTop);
            assertThat(spans).as("cyan marker spans in the clip's marker lane of 5-markers.png").hasSize(2);
            double pixelsPerSecond = clip.length() / (double) FILM.seconds();
            for (int i = 0; i < 2; i++) {
                SecondSpan truth = FILM.kissingScenes().get(i);
                double start = (spans.get(i).x() - clip.x()) / pixelsPerSecond;
                double end = (spans.get(i).x() + spans.get(i).length() - clip.x()) / pixelsPerSecond;
                assertThat(start).as("start of marker %d in seconds", i + 1)
                        .isBetween(truth.first() - SECONDS_OF_TOLERANCE, truth.first() + SECONDS_OF_TOLERANCE);
                assertThat(end).as("end of marker %d in seconds", i + 1)
                        .isBetween(truth.last() + 1 - SECONDS_OF_TOLERANCE, truth.last() + 1 + SECONDS_OF_TOLERANCE);
            }

            // Label a span kissing: drag across the thumbnails, right-click it, and pick the second enabled item
            // ("Detect kissing scenes", then "Label selection as kissing": the menu is in alphabetical order and
            // the keyboard skips what is disabled).
            int from = clip.x() + clip.length() / 10;
            int to = clip.x() + clip.length() / 4;
            int thumbnails = frameTop + 20;
            display.xdotool("mousemove", Integer.toString(from), Integer.toString(thumbnails), "mousedown", "1");
            display.xdotool("mousemove", Integer.toString((from + to) / 2), Integer.toString(thumbnails));
            display.xdotool("mousemove", Integer.toString(to), Integer.toString(thumbnails), "mouseup", "1");
            display.xdotool("click", "3");
            display.awaitScreen(SCREENSHOTS.resolve("6-label-menu.png"), PATIENCE, image -> true);
            display.xdotool("key", "Down", "Down", "Return");
            int labels = laneTop + 31;
            BufferedImage labelled = display.awaitScreen(SCREENSHOTS.resolve("7-labelled.png"), PATIENCE,
                    image -> !EditorScreen.labelRuns(image, labels, EditorScreen.KISSING_GREEN).isEmpty());
            assertThat(EditorScreen.labelRuns(labelled, labels, EditorScreen.KISSING_GREEN)).as("a green label run in 7-labelled.png")
                    .singleElement().satisfies(run -> {
                        assertThat(run.x()).isCloseTo(from, org.assertj.core.api.Assertions.within(3));
                        assertThat(run.x() + run.length()).isCloseTo(to, org.assertj.core.api.Assertions.within(3));
                    });

            // Reject the second scene: right-click its marker, pick "Reject: not kissing", the fifth enabled item.
            ColourRuns.Run second = spans.get(1);
            display.xdotool("mousemove", Integer.toString(second.centre()), Integer.toString(laneTop + 16), "click",
                    "3");
            display.awaitScreen(SCREENSHOTS.resolve("8-scene-menu.png"), PATIENCE, image -> true);
            display.xdotool("key", "Down", "Down", "Down", "Down", "Down", "Return");
            BufferedImage rejected = display.awaitScreen(SCREENSHOTS.resolve("9-rejected.png"), PATIENCE,
                    image -> EditorScreen.markerSpans(image, laneTop).size() == 1);
            assertThat(EditorScreen.labelRuns(rejected, labels, EditorScreen.NOT_KISSING_GREY)).as("a grey label where the scene was")
                    .singleElement().satisfies(run -> assertThat(run.x())
                            .isCloseTo(second.x(), org.assertj.core.api.Assertions.within(3)));

            // Review: Ctrl+wheel zooms the timeline around the mouse: two notches (1.25 squared) widen the first
            // scene's marker, which stays under the mouse.
            ColourRuns.Run first = spans.get(0);
            display.xdotool("mousemove", Integer.toString(first.centre()), Integer.toString(thumbnails), "keydown",
                    "ctrl", "click", "4", "click", "4", "keyup", "ctrl");
            BufferedImage zoomed = display.awaitScreen(SCREENSHOTS.resolve("10-zoomed.png"), PATIENCE,
                    image -> EditorScreen.joined(EditorScreen.markerSpans(image, laneTop), SELECTION_GAP).stream()
                            .anyMatch(run -> run.length() > first.length() * 1.4));
            ColourRuns.Run grown = EditorScreen.joined(EditorScreen.markerSpans(zoomed, laneTop), SELECTION_GAP).get(0);
            assertThat(grown.length()).as("the zoomed marker in 10-zoomed.png")
                    .isCloseTo((int) Math.round(first.length() * 1.5625), org.assertj.core.api.Assertions.within(6));
            assertThat(first.centre()).as("the time under the mouse stays under it")
                    .isBetween(grown.x(), grown.x() + grown.length());

            // The marker list above the timelines lists the marker: a click in its empty part, Down to select a
            // row and Enter put the playhead on the row's start. Rows go by start time, so the kissing label's
            // row comes first where it starts before the detected scene.
            int labelX = EditorScreen.labelRuns(zoomed, labels, EditorScreen.KISSING_GREEN).get(0).x();
            boolean labelFirst = labelX < grown.x() - 3;
            display.xdotool("mousemove", Integer.toString(clip.x() + clip.length() * 4 / 5),
                    Integer.toString(frameTop - 80), "click", "1");
            display.xdotool(labelFirst ? new String[] {"key", "Down", "Down", "Return"}
                    : new String[] {"key", "Down", "Return"});
            BufferedImage entered = display.awaitScreen(SCREENSHOTS.resolve("11-marker-entered.png"), PATIENCE,
                    image -> !playheads(image, frameTop, laneTop).isEmpty());
            assertThat(playheads(entered, frameTop, laneTop)).as("the playhead in 11-marker-entered.png")
                    .singleElement().satisfies(line -> assertThat(line)
                            .isCloseTo(grown.x() - 1, org.assertj.core.api.Assertions.within(3)));

            // View > Fit to window (Ctrl+0) goes back to the whole film.
            display.xdotool("key", "ctrl+0");
            display.awaitScreen(SCREENSHOTS.resolve("12-fitted.png"), PATIENCE, image -> EditorScreen.markerSpans(image, laneTop)
                    .stream().anyMatch(run -> Math.abs(run.length() - first.length()) <= 3));
        }
    }

    /** The x of each playhead line (amber, from the timeline's title to its ruler) across the clip's thumbnails and lanes. */
    private static List<Integer> playheads(BufferedImage image, int frameTop, int laneTop) {
        BufferedImage timeline = image.getSubimage(0, frameTop, image.getWidth(), laneTop + 40 - frameTop);
        return new ColourRuns(timeline, PLAYHEAD_AMBER, 10).verticalLines(70);
    }
}
