package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.projects.AnnotationRequest;
import org.kissdetect.api.projects.EditorProject;
import org.kissdetect.api.projects.ProjectAnnotation;
import org.kissdetect.api.projects.ProjectAnnotationService;
import org.kissdetect.api.projects.ProjectMarker;
import org.kissdetect.api.projects.ProjectReader;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.kissdetect.testing.screen.ColourRuns;
import org.kissdetect.testing.screen.VirtualDisplay;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Every project format through the real bundles, on two generated films: the projects are the projects bundle's
 * test fixtures (each in its editor's own dialect; the same timeline: a.mp4 5-35 s at 0 s, a.mp4 60-100 s at 50 s,
 * b.mov 25-55 s at 90 s, at 25 fps; b.mov's timecode starts at 10:00:00:00), their media paths pointed at the films.
 * Annotated, read back, each marker lies on the timeline where the demo model's scenes show, within a frame; Shotcut
 * and Kdenlive open the annotated projects and draw them.
 */
@ExtendWith(ServiceExtension.class)
class ProjectFormatsRoundTripTest {

    private static final int FPS = SyntheticFilm.FRAME_RATE;
    private static final double FRAME = 1.0 / 25;
    private static final String RED = "#e53935";
    private static final SyntheticFilm FILM_A = SyntheticFilm.of(100, 2041, new SecondSpan(10, 24),
            new SecondSpan(70, 89));
    private static final SyntheticFilm FILM_B = SyntheticFilm.of(60, 2042, new SecondSpan(30, 44));
    private static final Path FIXTURES = Path.of(System.getProperty("kissdetect.project.fixtures", "."));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("kissdetect.e2e.screenshots",
            "target/e2e-screenshots"));
    /** Each fixture and the folder its media paths name, replaced by the test's. */
    private static final Map<String, String> PROJECTS = new LinkedHashMap<>();

    static {
        PROJECTS.put("shotcut.mlt", null);
        PROJECTS.put("kdenlive.kdenlive", "/home/maria/Videos/Holiday");
        PROJECTS.put("fcpxml-1.10.fcpxml", "file:///Users/editor/Movies/Kiss");
        PROJECTS.put("fcpxml-1.8.fcpxml", "file:///Users/editor/Movies/Kiss");
        PROJECTS.put("premiere.xml", "file://localhost/Volumes/Footage%20Drive/Kiss%20Test");
        PROJECTS.put("timeline.otio", null);
    }

    @TempDir
    static Path folder;

    static List<Scene> scenesA;
    static List<Scene> scenesB;
    static final Map<String, ProjectAnnotation> ANNOTATED = new LinkedHashMap<>();
    static ProjectReader reader;

    @BeforeAll
    static void annotateEveryFormat(@InjectService(timeout = 30_000) DemoModel demo,
            @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) DetectionService detector, @InjectService Segmenter segmenter,
            @InjectService(timeout = 30_000) ProjectAnnotationService annotator,
            @InjectService(timeout = 30_000) ProjectReader projects) throws Exception {
        reader = projects;
        Path model = demo.ensure(folder.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        Path films = Files.createDirectories(folder.resolve("films"));
        Path a = FILM_A.write(encoder, films.resolve("a.mp4"), FILM_A.settings());
        EncodingSettings b = FILM_B.settings();
        Path bMov = FILM_B.write(encoder, films.resolve("b.mov"), new EncodingSettings("mov", b.videoCodec(),
                b.width(), b.height(), b.frameRate(), false, 0, b.audioSampleRate(), false, 0,
                StartTimecode.parse("10:00:00:00", FPS)));
        scenesA = detector.detect(new DetectionRequest(a, model, segmenter.parameters()), p -> {
        }, () -> false).scenes();
        scenesB = detector.detect(new DetectionRequest(bMov, model, segmenter.parameters()), p -> {
        }, () -> false).scenes();
        for (Map.Entry<String, String> fixture : PROJECTS.entrySet()) {
            String text = Files.readString(FIXTURES.resolve(fixture.getKey()));
            if (fixture.getValue() != null) {
                String here = fixture.getValue().startsWith("file:") ? folder.toUri().toString().replaceAll("/$", "")
                        : folder.toString();
                text = text.replace(fixture.getValue(), here);
            }
            // The fixture's file hashes and sizes are of other films: Kdenlive would stop to ask about reloading them.
            text = text.replaceAll("\\s*<property name=\"kdenlive:file_(hash|size)\">[^<]*</property>", "");
            Path project = Files.writeString(folder.resolve(fixture.getKey()), text);
            String name = fixture.getKey();
            int dot = name.lastIndexOf('.');
            ANNOTATED.put(name, annotator.annotate(new AnnotationRequest(project,
                    folder.resolve(name.substring(0, dot) + "-kissdetect" + name.substring(dot)), false, model,
                    segmenter.parameters(), new MarkerStyle("Kissing scene", "red", false)), p -> {
                    }, () -> false));
        }
    }

    @Test
    void theDemoModelFindsTheFilmsScenes() {
        assertThat(scenesA).hasSize(2);
        assertThat(scenesB).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shotcut.mlt", "kdenlive.kdenlive", "fcpxml-1.10.fcpxml", "fcpxml-1.8.fcpxml",
        "premiere.xml", "timeline.otio"})
    void theMarkersLieOnTheTimelineWhereTheScenesShow(String fixture) throws Exception {
        ProjectAnnotation annotation = ANNOTATED.get(fixture);
        assertThat(annotation.media()).as("both films detected").allMatch(media -> media.detected()
                || !media.media().toString().contains("/films/"));
        EditorProject annotated = reader.read(annotation.written());

        List<double[]> found = new ArrayList<>();
        for (ProjectMarker marker : annotated.markers()) {
            if (marker.addedByKissDetector()) {
                found.add(marker.clip() == null ? new double[] {marker.start(), marker.end()}
                        : new double[] {marker.clip().timelineTime(marker.start()),
                            marker.clip().timelineTime(marker.end())});
            }
        }
        found.sort(Comparator.comparingDouble(span -> span[0]));
        List<double[]> expected = expected();
        assertThat(found).as("markers of %s", annotation.written()).hasSameSizeAs(expected);
        boolean points = fixture.endsWith(".kdenlive");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(found.get(i)[0]).as("start of marker %d", i + 1).isCloseTo(expected.get(i)[0], within(FRAME));
            if (!points) {
                assertThat(found.get(i)[1]).as("end of marker %d", i + 1).isCloseTo(expected.get(i)[1],
                        within(FRAME));
            }
        }
    }

    @Test
    void shotcutDrawsTheScenesOverTheClipsThatShowThem() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path screenshot = SCREENSHOTS.resolve("shotcut-annotated-project.png");
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("shotcut-home"))) {
            display.launch(folder.resolve("shotcut.log"), "shotcut",
                    ANNOTATED.get("shotcut.mlt").written().toString());
            display.awaitScreen(screenshot, Duration.ofSeconds(90),
                    image -> new ColourRuns(image, RED).bestRow(6).runs().size() >= 1);
            // Shotcut opens a project zoomed on its first 45 s: "0" on the timeline zooms it to fit, as a user would
            // (again, should the timeline still have been busy loading).
            BufferedImage screen = null;
            for (int attempt = 0; attempt < 6 && (screen == null
                    || new ColourRuns(screen, RED).bestRow(6).runs().size() < 3); attempt++) {
                display.xdotool("mousemove", "1300", "620", "click", "1");
                display.xdotool("key", "0");
                screen = display.awaitScreen(screenshot, Duration.ofSeconds(10),
                        image -> new ColourRuns(image, RED).bestRow(6).runs().size() >= 3);
            }
            assertBarsWhereExpected(new ColourRuns(screen, RED).bestRow(6).runs(), screenshot);
        }
    }

    @Test
    void kdenliveDrawsAGuideAtEachScenesStart() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path screenshot = SCREENSHOTS.resolve("kdenlive-annotated-project.png");
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("kdenlive-home"))) {
            display.launch(folder.resolve("kdenlive.log"), "dbus-run-session", "--", "kdenlive",
                    ANNOTATED.get("kdenlive.kdenlive").written().toString());
            display.awaitScreen(screenshot, Duration.ofSeconds(120),
                    image -> new ColourRuns(image, RED).verticalLines(40).size() >= 1);
            // Kdenlive opens a project zoomed on its first 36 s: its status bar's "fit zoom to project" shows it all
            // (clicked again, should the timeline still have been busy loading).
            BufferedImage screen = null;
            for (int attempt = 0; attempt < 6 && (screen == null
                    || new ColourRuns(screen, RED).verticalLines(40).size() < 3); attempt++) {
                display.xdotool("mousemove", "856", "743", "click", "1");
                screen = display.awaitScreen(screenshot, Duration.ofSeconds(10),
                        image -> new ColourRuns(image, RED).verticalLines(40).size() >= 3);
            }
            List<Integer> guides = new ColourRuns(screen, RED).verticalLines(40);
            List<double[]> expected = expected();
            assertThat(guides).as("red guide lines in %s", screenshot).hasSize(expected.size());
            double pixelsPerSecond = (guides.get(2) - guides.get(0)) / (expected.get(2)[0] - expected.get(0)[0]);
            assertThat((guides.get(1) - guides.get(0)) / pixelsPerSecond).as("second guide after the first, s")
                    .isCloseTo(expected.get(1)[0] - expected.get(0)[0], within(1.5));
        }
    }

    /** Bars at the scenes' places, up to the ruler's scale and origin. */
    private static void assertBarsWhereExpected(List<ColourRuns.Run> bars, Path screenshot) {
        List<double[]> expected = expected();
        assertThat(bars).as("red marker bars in one row of %s", screenshot).hasSize(expected.size());
        double pixelsPerSecond = (bars.get(2).x() - bars.get(0).x()) / (expected.get(2)[0] - expected.get(0)[0]);
        assertThat((bars.get(1).x() - bars.get(0).x()) / pixelsPerSecond).as("second bar after the first, s")
                .isCloseTo(expected.get(1)[0] - expected.get(0)[0], within(1.5));
        // Lengths are not compared: Shotcut draws a marker's name over its bar, and a name longer than the bar
        // lengthens the red run.
    }

    /** Where the detected scenes show on the fixtures' timeline, in timeline seconds. */
    private static List<double[]> expected() {
        List<double[]> spans = new ArrayList<>();
        addShown(spans, scenesA, 5, 35, 0);
        addShown(spans, scenesA, 60, 100, 50);
        addShown(spans, scenesB, 25, 55, 90);
        spans.sort(Comparator.comparingDouble(span -> span[0]));
        return spans;
    }

    private static void addShown(List<double[]> spans, List<Scene> scenes, double in, double out, double at) {
        for (Scene scene : scenes) {
            double start = Math.max(in, scene.start());
            double end = Math.min(out, scene.end() + 1);
            if (end > start) {
                spans.add(new double[] {at + start - in, at + end - in});
            }
        }
    }
}
