package org.kissdetect.guitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.decode.internal.Standalone;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.kissdetect.testing.screen.ColourRuns;
import org.kissdetect.testing.screen.VirtualDisplay;

/**
 * The teaching loop in the real editor (features/target/editor.jar) on Xvfb, with real input: two generated films
 * with known scenes are opened; three scenes are labelled kissing and two stretches not kissing by dragging across
 * their thumbnails and right-clicking; Project > Train detector from labels teaches a detector (seeded random
 * backbones, as on a machine without the pretrained ones), which the editor switches to; a third film is imported
 * and detected, and its markers must match its true scenes at intersection over union 0.5 or more.
 * Screenshots are kept in target/gui-screenshots/teaching.
 */
class TeachingInTheEditorIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/gui-screenshots"))
            .resolve("teaching");
    private static final Path EDITOR = Path.of(System.getProperty("editor.jar", "../../features/target/editor.jar"));
    private static final Path HEADLESS = Path.of(System.getProperty("headless.jar",
            "../../features/target/headless.jar"));
    private static final SyntheticFilm FIRST = SyntheticFilm.of(50, 11, new SecondSpan(3, 14), new SecondSpan(30, 41));
    private static final SyntheticFilm SECOND = SyntheticFilm.of(50, 12, new SecondSpan(20, 33));
    private static final SyntheticFilm THIRD = SyntheticFilm.of(50, 13, new SecondSpan(5, 18), new SecondSpan(32, 45));
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration WORK_PATIENCE = Duration.ofSeconds(300);
    /** The widest gap a marker's name may leave in a row of its colour. */
    private static final int NAME_GAP = 40;

    @TempDir
    Path folder;

    @Test
    void labelsTeachADetectorThatFindsTheScenesOfAThirdFilm() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path first = FIRST.write(Standalone.encoder(), folder.resolve("first.mp4"));
        Path second = SECOND.write(Standalone.encoder(), folder.resolve("second.mp4"));
        Path third = THIRD.write(Standalone.encoder(), folder.resolve("third.mp4"));
        Path models = folder.resolve("models");
        Path preferences = EditorScreen.preferences(folder.resolve("preferences"), folder.resolve("scores"));
        Files.createDirectories(preferences.resolve("org/kissdetect/editor"));
        Files.writeString(preferences.resolve("org/kissdetect/editor/teaching.config"),
                "service.pid=\"org.kissdetect.editor.teaching\"\nmodelsFolder=\"" + models + "\"\n");
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("home"))) {
            display.launch(SCREENSHOTS.resolve("editor.log"), EditorScreen.java(), "-Dfelix.cm.dir=" + preferences,
                    "-jar", EDITOR.toAbsolutePath().toString(),
                    first.toString(), second.toString());
            BufferedImage opened = display.awaitScreen(SCREENSHOTS.resolve("1-opened.png"), PATIENCE,
                    image -> timelines(image).size() == 2);
            // The whole screen, so that a third timeline fits under the viewer and the marker list.
            display.xdotool("search", "--name", "reference editor", "windowmove", "0", "0", "windowsize", "1600",
                    "900");
            int narrow = timelines(opened).get(0).clip().length();
            opened = display.awaitScreen(SCREENSHOTS.resolve("2-full-screen.png"), PATIENCE,
                    image -> timelines(image).size() == 2 && timelines(image).get(0).clip().length() > narrow + 100);
            List<Timeline> shown = timelines(opened);

            label(display, shown.get(0), FIRST, 3, 15, true, "3-first-scene.png");
            label(display, shown.get(0), FIRST, 30, 42, true, "4-second-scene.png");
            label(display, shown.get(0), FIRST, 17, 28, false, "5-between.png");
            label(display, shown.get(1), SECOND, 20, 34, true, "6-third-scene.png");
            label(display, shown.get(1), SECOND, 36, 49, false, "7-after.png");

            // File > Save project (Ctrl+S): the labels are saved with the project, and the command line reads them
            // back from it.
            Path project = folder.resolve("reel.json");
            BufferedImage unsaved = display.screenshot(SCREENSHOTS.resolve("8-before-save.png"));
            display.xdotool("key", "ctrl+s");
            display.awaitScreen(SCREENSHOTS.resolve("8-save-dialog.png"), PATIENCE,
                    image -> image.getRGB(800, 450) != unsaved.getRGB(800, 450));
            display.xdotool("type", "--delay", "20", project.toString());
            display.xdotool("key", "Return");
            awaitFileContaining(project, "not kissing", PATIENCE);
            List<String> exported = exportLabels(project, folder.resolve("labels.csv"));
            assertThat(exported).as("the labels kissdetect labels export reads from the saved project")
                    .filteredOn(line -> line.endsWith(",kissing")).hasSize(3);
            assertThat(exported).filteredOn(line -> line.contains("not kissing")).hasSize(2);

            // Project > Train detector from labels, from the keyboard (Alt+P opens the Project menu), once a click
            // on the empty space under the timelines has given the window back the focus the file chooser took
            // (Xvfb has no window manager to do it).
            display.xdotool("mousemove", "800", "800", "click", "1");
            display.xdotool("key", "alt+p");
            display.awaitScreen(SCREENSHOTS.resolve("9-project-menu.png"), PATIENCE, image -> true);
            display.xdotool("key", "Down", "Return");
            Path model = awaitModel(models, WORK_PATIENCE);
            assertThat(model.resolve("MODEL_CARD.md")).content().contains("seeded random networks");
            Path modelPreference = preferences.resolve("org/kissdetect/editor/model.config");
            awaitFileContaining(modelPreference, model.toString(), PATIENCE);
            display.screenshot(SCREENSHOTS.resolve("9-trained.png"));
            assertThat(model.getFileName()).hasToString("kissing-reel-v1");

            // Import the third film as a user does, and detect its scenes with the taught model.
            BufferedImage before = display.screenshot(SCREENSHOTS.resolve("10-before-import.png"));
            display.xdotool("key", "ctrl+i");
            display.awaitScreen(SCREENSHOTS.resolve("10-import-dialog.png"), PATIENCE,
                    image -> image.getRGB(800, 450) != before.getRGB(800, 450));
            display.xdotool("type", "--delay", "20", third.toString());
            display.xdotool("key", "Return");
            BufferedImage imported = display.awaitScreen(SCREENSHOTS.resolve("11-imported.png"), PATIENCE,
                    image -> timelines(image).size() == 3);
            Timeline timeline = timelines(imported).get(2);
            display.xdotool("mousemove", Integer.toString(timeline.clip().centre()),
                    Integer.toString(timeline.laneTop() + 16), "click", "3");
            display.awaitScreen(SCREENSHOTS.resolve("12-menu.png"), PATIENCE, image -> true);
            display.xdotool("key", "Down", "Return");
            BufferedImage detected = display.awaitScreen(SCREENSHOTS.resolve("13-detected.png"), WORK_PATIENCE,
                    image -> EditorScreen.joined(EditorScreen.markerSpans(image, timeline.laneTop()), NAME_GAP).size()
                            >= THIRD.kissingScenes().size());

            List<ColourRuns.Run> markers = EditorScreen.joined(EditorScreen.markerSpans(detected, timeline.laneTop()), NAME_GAP);
            assertThat(markers).as("cyan markers on the third film in 13-detected.png")
                    .hasSize(THIRD.kissingScenes().size());
            double pixelsPerSecond = timeline.clip().length() / (double) THIRD.seconds();
            for (int i = 0; i < markers.size(); i++) {
                SecondSpan truth = THIRD.kissingScenes().get(i);
                double start = (markers.get(i).x() - timeline.clip().x()) / pixelsPerSecond;
                double end = start + markers.get(i).length() / pixelsPerSecond;
                double overlap = Math.max(0, Math.min(end, truth.last() + 1) - Math.max(start, truth.first()));
                double union = Math.max(end, truth.last() + 1) - Math.min(start, truth.first());
                assertThat(overlap / union).as("IoU of marker %d (%.1f-%.1f s) with the scene %d-%d s", i + 1,
                        start, end, truth.first(), truth.last() + 1).isGreaterThanOrEqualTo(0.5);
            }
        }
    }

    /** Drags across a span of a film's thumbnails, right-clicks it and labels it (kissing or not kissing). */
    private static void label(VirtualDisplay display, Timeline timeline, SyntheticFilm film, double start, double end,
            boolean kissing, String screenshot) throws Exception {
        double pixelsPerSecond = timeline.clip().length() / (double) film.seconds();
        int from = timeline.clip().x() + (int) Math.round((start + 0.3) * pixelsPerSecond);
        int to = timeline.clip().x() + (int) Math.round((end - 0.3) * pixelsPerSecond);
        int y = timeline.frameTop() + 20;
        String colour = kissing ? EditorScreen.KISSING_GREEN : EditorScreen.NOT_KISSING_GREY;
        int before = EditorScreen.labelRuns(display.screenshot(SCREENSHOTS.resolve("before-" + screenshot)),
                timeline.laneTop() + 31, colour).size();
        display.xdotool("mousemove", Integer.toString(from), Integer.toString(y), "mousedown", "1");
        display.xdotool("mousemove", Integer.toString((from + to) / 2), Integer.toString(y));
        display.xdotool("mousemove", Integer.toString(to), Integer.toString(y), "mouseup", "1");
        display.xdotool("click", "3");
        display.awaitScreen(SCREENSHOTS.resolve("menu-" + screenshot), PATIENCE, image -> true);
        // Enabled in the clip's menu: Detect, Label selection as kissing, ... as not kissing, Review (the keyboard
        // skips the disabled Confirm and Reject, which need a detected scene's marker).
        if (kissing) {
            display.xdotool("key", "Down", "Down", "Return");
        } else {
            display.xdotool("key", "Down", "Down", "Down", "Return");
        }
        display.awaitScreen(SCREENSHOTS.resolve(screenshot), PATIENCE,
                image -> EditorScreen.labelRuns(image, timeline.laneTop() + 31, colour).size() > before);
    }

    /** {@code kissdetect labels export PROJECT --out FILE}, through the shipped headless runtime: FILE's lines. */
    private static List<String> exportLabels(Path project, Path out) throws Exception {
        Process export = new ProcessBuilder(EditorScreen.java(), "-jar", HEADLESS.toAbsolutePath().toString(),
                "labels", "export", project.toString(), "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(SCREENSHOTS.resolve("labels-export.log").toFile()).start();
        assertThat(export.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("labels export ends").isTrue();
        assertThat(export.exitValue()).as("labels export's exit code (see labels-export.log)").isZero();
        return Files.readAllLines(out);
    }

    /** Felix Config Admin writes the editor's preferences to files: the switch to the taught model lands there. */
    private static void awaitFileContaining(Path file, String text, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!(Files.isRegularFile(file) && Files.readString(file).contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " does not name " + text + " within " + patience
                        + ": the editor did not switch to the taught model");
            }
            Thread.sleep(250);
        }
    }

    private static Path awaitModel(Path models, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(models)) {
                try (Stream<Path> entries = Files.list(models)) {
                    Optional<Path> model = entries.filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> Files.isRegularFile(p.resolve("metadata.json"))).findFirst();
                    if (model.isPresent()) {
                        return model.get();
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no model in " + models + " within " + patience);
    }

    /** A film's timeline on screen: the top row of its thumbnail frame, the bottom (the marker lane's top), the clip. */
    private record Timeline(int frameTop, int laneTop, ColourRuns.Run clip) {
    }

    private static List<Timeline> timelines(BufferedImage image) {
        List<Timeline> timelines = new ArrayList<>();
        for (int top = EditorScreen.frameRow(image, 0); top >= 0; ) {
            int bottom = EditorScreen.frameRow(image, top + 1);
            if (bottom < 0) {
                break;
            }
            timelines.add(new Timeline(top, bottom, EditorScreen.frameRun(image, top)));
            top = EditorScreen.frameRow(image, bottom + 1);
        }
        return timelines;
    }
}
