package org.kissdetect.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.detect.DetectionService;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.markers.MarkerWriter;
import org.kissdetect.api.report.ReportService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.Segmenter;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;
import org.kissdetect.testing.screen.ColourRuns;
import org.kissdetect.testing.screen.VirtualDisplay;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The product's main job through the real bundles in Felix: a generated film with two known kissing scenes, the
 * demo model rebuilt from what the training bundle ships, decoding, features, classification, segmentation, and
 * every marker format the runtime offers, each read back the way its importer reads it; then the Shotcut and
 * Kdenlive projects opened in those editors under Xvfb; and the HTML report, made in one decoding pass. Screenshots go to integration-tests/target/e2e-screenshots.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class EndToEndDetectionTest {

    /** Scenes of 12 s and 24 s, 18 s apart: far enough that the segmenter (10 s, 0.7) keeps them apart. */
    private static final SyntheticFilm FILM = SyntheticFilm.of(70, 2026, new SecondSpan(4, 15), new SecondSpan(34, 57));
    private static final int FPS = SyntheticFilm.FRAME_RATE;
    private static final String RED = "#e53935";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("kissdetect.e2e.screenshots", "target/e2e-screenshots"));
    private static final List<String> FORMATS = List.of("json", "csv", "otio", "fcpxml", "xmeml", "edl", "avid",
            "vtt", "shotcut", "kdenlive");

    @TempDir
    static Path folder;

    static Path model;
    static Path movie;
    static Detection detection;
    static final Map<String, Path> MARKERS = new TreeMap<>();

    @BeforeAll
    static void detectTheFilmAndWriteEveryFormat(@InjectBundleContext BundleContext context,
            @InjectService(timeout = 30_000) DemoModel demo, @InjectService(timeout = 30_000) MovieEncoder encoder,
            @InjectService(timeout = 30_000) DetectionService detector, @InjectService Segmenter segmenter)
            throws Exception {
        model = demo.ensure(folder.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        movie = FILM.write(encoder, folder.resolve("two scenes.mp4"));
        detection = detector.detect(new DetectionRequest(movie, model, segmenter.parameters()), progress -> {
        }, () -> false);
        MarkerDocument document = new MarkerDocument(detection.movie(), detection.scenes(), detection.model().id(),
                new MarkerStyle("Kissing scene", "red", true));
        for (ServiceReference<MarkerWriter> reference : context.getServiceReferences(MarkerWriter.class, null)) {
            MarkerWriter writer = context.getService(reference);
            Path file = folder.resolve("markers/two scenes." + writer.extension());
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(document, out);
            }
            MARKERS.put(writer.format(), file);
            context.ungetService(reference);
        }
    }

    @Test
    void theDemoModelFindsTheTwoScenes() {
        assertThat(detection.model().id()).startsWith("demo");
        assertThat(detection.probabilities()).hasSize(FILM.seconds());
        assertThat(detection.scenes()).as("scenes found in %s", detection.movie().file()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(iou(detection.scenes().get(i), FILM.kissingScenes().get(i)))
                    .as("IoU of scene %d with the truth", i + 1).isGreaterThanOrEqualTo(0.5);
        }
    }

    @Test
    void everyFormatReadsBackToTheDetectedScenes() throws Exception {
        assertThat(MARKERS.keySet()).as("marker formats in the runtime").containsExactlyInAnyOrderElementsOf(FORMATS);
        List<MarkerFiles.Span> expected = new ArrayList<>();
        for (Scene scene : detection.scenes()) {
            expected.add(new MarkerFiles.Span(scene.start(), scene.end() + 1));
        }
        for (String format : FORMATS) {
            List<MarkerFiles.Span> read = MarkerFiles.read(format, MARKERS.get(format), FPS);
            assertThat(read).as("scenes read back from %s", MARKERS.get(format)).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(read.get(i).start()).as("%s scene %d start", format, i + 1)
                        .isCloseTo(expected.get(i).start(), within(0.5 / FPS));
                assertThat(read.get(i).end()).as("%s scene %d end", format, i + 1)
                        .isCloseTo(expected.get(i).end(), within(0.5 / FPS));
            }
        }
    }

    /**
     * The report through the real detection and report services, their decoder counted: one pass over the movie
     * when the detection decodes it (the report takes its stills from that pass), and one when the scores come
     * from the cache (the report decodes it). Both give the same thumbnails.
     */
    @Test
    void theReportIsMadeInOneDecodingPassWithAndWithoutCachedScores(@InjectBundleContext BundleContext context,
            @InjectService ConfigurationAdmin configurations,
            @InjectService(filter = "(!(" + CountingDecoder.PROPERTY + "=*))") MovieDecoder decoder) throws Exception {
        CountingDecoder counting = new CountingDecoder(decoder);
        ServiceRegistration<MovieDecoder> registration = context.registerService(MovieDecoder.class, counting,
                new Hashtable<>(Map.of(CountingDecoder.PROPERTY, "true")));
        SavedConfiguration shippedDetectSettings = SavedConfiguration.of(configurations, "org.kissdetect.detect");
        Configuration detectSettings = configurations.getConfiguration("org.kissdetect.detect", "?");
        Configuration reportSettings = configurations.getConfiguration("org.kissdetect.report", "?");
        try {
            String target = "(" + CountingDecoder.PROPERTY + "=true)";
            detectSettings.update(new Hashtable<>(Map.of("decoder.target", target, "kissdetect.itest", "one-pass",
                    "scoreCacheDirectory", folder.resolve("one-pass-scores").toString())));
            reportSettings.update(new Hashtable<>(Map.of("decoder.target", target, "kissdetect.itest", "one-pass",
                    "stillsFolder", Files.createDirectories(folder.resolve("stills")).toString())));
            DetectionService detector = Services.await(context, DetectionService.class, "(kissdetect.itest=one-pass)",
                    Duration.ofSeconds(30));
            ReportService reports = Services.await(context, ReportService.class, "(kissdetect.itest=one-pass)",
                    Duration.ofSeconds(30));

            Map<String, byte[]> decoded = report(detector, reports, folder.resolve("report-decoded"), false);
            assertThat(counting.passes).as("decoding passes of detect --report").hasValue(1);
            Map<String, byte[]> cached = report(detector, reports, folder.resolve("report-cached"), true);
            assertThat(counting.passes).as("decoding passes of detect --report, scores cached").hasValue(2);

            assertThat(decoded).hasSize(3 * detection.scenes().size());
            assertThat(cached.keySet()).isEqualTo(decoded.keySet());
            decoded.forEach((name, png) -> assertThat(cached.get(name)).as(name).isEqualTo(png));
            try (Stream<Path> left = Files.list(folder.resolve("stills"))) {
                assertThat(left).as("temporary files of the stills").isEmpty();
            }
        } finally {
            shippedDetectSettings.restore();
            reportSettings.delete();
            registration.unregister();
        }
    }

    /** Detects the film with a report's stills watching, writes the report, and returns its thumbnails. */
    private static Map<String, byte[]> report(DetectionService detector, ReportService reports, Path report,
            boolean fromCache) throws Exception {
        Files.createDirectories(report);
        try (ReportStills stills = reports.stills()) {
            Detection detected = detector.detect(new DetectionRequest(movie, model, detection.parameters()),
                    progress -> {
                    }, () -> false, stills);
            assertThat(detected.fromCache()).as("scores from the cache").isEqualTo(fromCache);
            assertThat(detected.scenes()).isEqualTo(detection.scenes());
            reports.writeInto(report, detected, stills, () -> false);
        }
        assertThat(Files.readString(report.resolve("index.html"))).contains("Kissing scenes in two scenes.mp4")
                .contains("Scene 2");
        assertThat(report.resolve("strip.png")).isRegularFile();
        Map<String, byte[]> thumbnails = new TreeMap<>();
        try (Stream<Path> files = Files.list(report)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("second-")).toList()) {
                thumbnails.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return thumbnails;
    }

    /** The real decoder, its passes over movies counted. */
    private static final class CountingDecoder implements MovieDecoder {
        static final String PROPERTY = "kissdetect.itest.counting";
        final AtomicInteger passes = new AtomicInteger();
        private final MovieDecoder decoder;

        CountingDecoder(MovieDecoder decoder) {
            this.decoder = decoder;
        }

        @Override
        public SampleStream open(Path file) throws MediaException {
            passes.incrementAndGet();
            return decoder.open(file);
        }
    }

    @Test
    void shotcutDrawsTheDetectedScenesOnItsRuler() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("shotcut-home"))) {
            display.launch(folder.resolve("shotcut.log"), "shotcut", MARKERS.get("shotcut").toString());
            BufferedImage screen = display.awaitScreen(SCREENSHOTS.resolve("shotcut.png"), Duration.ofSeconds(90),
                    image -> new ColourRuns(image, RED).bestRow(10).runs().size() >= 2);

            // Red is only ever a marker: the synthetic film's colours avoid it. Bars of different lengths with the
            // same end caps: their difference in pixels is their difference in seconds.
            List<ColourRuns.Run> bars = new ColourRuns(screen, RED).bestRow(10).runs();
            assertThat(bars).as("red marker bars in one row of %s", SCREENSHOTS.resolve("shotcut.png")).hasSize(2);
            Scene first = detection.scenes().get(0);
            Scene second = detection.scenes().get(1);
            double secondPixels = (bars.get(1).length() - bars.get(0).length()) / (double) (second.seconds() - first.seconds());
            assertThat((bars.get(1).x() - bars.get(0).x()) / secondPixels).as("from bar to bar, in seconds")
                    .isCloseTo(second.start() - first.start(), within(1.5));
        }
    }

    @Test
    void kdenliveDrawsAGuideAtEachDetectedStartAndEnd() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        try (VirtualDisplay display = VirtualDisplay.start(folder.resolve("kdenlive-home"))) {
            display.launch(folder.resolve("kdenlive.log"), "dbus-run-session", "--", "kdenlive",
                    MARKERS.get("kdenlive").toString());
            BufferedImage screen = display.awaitScreen(SCREENSHOTS.resolve("kdenlive.png"), Duration.ofSeconds(120),
                    image -> new ColourRuns(image, RED).verticalLines(40).size() >= 3);

            List<Integer> guides = new ColourRuns(screen, RED).verticalLines(40);
            assertThat(guides).as("red guide lines in %s", SCREENSHOTS.resolve("kdenlive.png")).hasSizeGreaterThanOrEqualTo(3);
            Scene first = detection.scenes().get(0);
            Scene second = detection.scenes().get(1);
            double secondPixels = (guides.get(1) - guides.get(0)) / (double) first.seconds();
            assertThat((guides.get(2) - guides.get(0)) / secondPixels).as("third guide after the first, in seconds")
                    .isCloseTo(second.start() - first.start(), within(1.5));
        }
    }

    private static double iou(Scene scene, SecondSpan truth) {
        int intersection = Math.min(scene.end(), truth.last()) - Math.max(scene.start(), truth.first()) + 1;
        return intersection <= 0 ? 0 : (double) intersection / (scene.seconds() + truth.seconds() - intersection);
    }
}
