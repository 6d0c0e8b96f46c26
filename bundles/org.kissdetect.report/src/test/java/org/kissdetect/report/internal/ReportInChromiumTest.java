package org.kissdetect.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.explain.ExplanationService;
import org.kissdetect.api.report.ReportStills;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.decode.internal.Standalone;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report as an editor sees it: written for films the kit's encoder makes (H.264 in MP4, which Chromium plays;
 * MPEG-4 Part 2 in MP4, which it does not), with the real decoder taking the stills, and opened in headless Chromium
 * over the DevTools protocol. Screenshots go to {@code target/report-in-chromium/}. A machine without the browser
 * fails here, naming scripts/setup: a skipped browser test would pass unseen.
 */
class ReportInChromiumTest {

    private static final int SECONDS = 40;
    private static final double FRAME = 1 / 25.0;
    private static final Path SCREENSHOTS = Path.of("target", "report-in-chromium");
    private static final TestMovie MPEG4_PART_2 = TestMovie.small().withSize(320, 180).withSeconds(SECONDS)
            .withVideoCodec("mpeg4");

    @TempDir
    static Path folder;
    static HeadlessChromium browser;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    static void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPlayableFilmPlaysAndItsScenesTimesAndStripSeekIt() throws Exception {
        Path report = report(TestMovie.small().withSize(320, 180).withSeconds(SECONDS), "film.mp4",
                new FakeExplanations(), true);
        browser.open(report.resolve("index.html").toUri());

        JsonNode loaded = browser.evaluate(PLAYER_SETTLED);
        assertThat(loaded.path("error").asText()).as("the player's error").isEmpty();
        assertThat(loaded.path("readyState").asInt()).as("readyState: the film was decoded").isGreaterThanOrEqualTo(2);
        assertThat(loaded.path("videoWidth").asInt()).isEqualTo(320);
        assertThat(loaded.path("source").asText()).isEqualTo(folder.resolve("film.mp4").toUri().toString());
        assertThat(loaded.path("noteShown").asBoolean()).isFalse();
        assertThat(browser.evaluate("document.getElementById('movie').getAttribute('data-type')").asText())
                .isEqualTo("video/mp4; codecs=\"avc1, mp4a.40.2\"");
        assertThat(browser.evaluate("document.querySelectorAll('img.saliency, .saliency img').length").asInt())
                .isEqualTo(2);
        Path screenshot = browser.screenshot(SCREENSHOTS.resolve("playable.png"));
        System.out.println("report screenshot: " + screenshot.toAbsolutePath());

        clickOn("#scene-2 a[data-seek]");
        assertThat(settledTime()).as("after a click on scene 2's start").isCloseTo(28, within(FRAME));

        JsonNode strip = browser.evaluate("(() => { const s = document.getElementById('strip');"
                + " s.scrollIntoView({block: 'center'}); const r = s.getBoundingClientRect();"
                + " return {left: r.left, top: r.top, width: r.width, height: r.height}; })()");
        double wanted = 15;
        double imageX = ProbabilityStrip.LEFT + wanted / SECONDS * ProbabilityStrip.PLOT_WIDTH;
        double scale = strip.path("width").asDouble() / ProbabilityStrip.WIDTH;
        browser.click(strip.path("left").asDouble() + imageX * scale, strip.path("top").asDouble()
                + strip.path("height").asDouble() / 2);
        double onePixel = SECONDS / (ProbabilityStrip.PLOT_WIDTH * scale);
        assertThat(settledTime()).as("after a click on the strip at 15 s").isCloseTo(wanted, within(onePixel + FRAME));

        browser.evaluate("document.querySelector('#scene-1 a[data-seek]').focus()");
        browser.press("Enter");
        assertThat(settledTime()).as("after Enter on scene 1's start").isCloseTo(5, within(FRAME));
        browser.evaluate("document.getElementById('strip').focus()");
        browser.press("ArrowRight");
        assertThat(settledTime()).as("after the right arrow on the strip").isCloseTo(10, within(FRAME));
        browser.screenshot(SCREENSHOTS.resolve("playable-after-seeking.png"));
    }

    @Test
    void aFilmTheBrowserCannotPlayShowsTheNoteAndTheStills() throws Exception {
        Path report = report(MPEG4_PART_2, "mpeg4-part2.mp4", null, true);
        browser.open(report.resolve("index.html").toUri());

        assertThat(browser.evaluate("document.getElementById('movie').getAttribute('data-type')").asText())
                .isEqualTo("video/mp4; codecs=\"mp4v.20.9, mp4a.40.2\"");
        Path screenshot = browser.screenshot(SCREENSHOTS.resolve("unplayable.png"));
        System.out.println("report screenshot: " + screenshot.toAbsolutePath());
        assertShowsTheNoteAndTheStills(
                "Your browser cannot play this file (codec MPEG-4 Part 2, sound AAC, in MP4; this browser cannot"
                        + " decode it); the stills below show the scenes.");
        assertThat(browser.evaluate("document.querySelector('.saliency.missing').textContent").asText())
                .isEqualTo("no saliency maps here: no explanation service is installed");
    }

    /**
     * Scores cached before the decoder named codecs leave the report only the extension: the browser is asked
     * about MP4, says "maybe", and the player itself finds that it can decode the sound but not the picture.
     */
    @Test
    void aFilmWhoseCodecTheReportDoesNotKnowIsFoundUnplayableByThePlayer() throws Exception {
        Path report = report(MPEG4_PART_2, "mpeg4-part2-unnamed.mp4", null, false);
        browser.open(report.resolve("index.html").toUri());

        assertShowsTheNoteAndTheStills("Your browser cannot play this file (MP4, codec not known to the report; this"
                + " browser decodes its sound but not its picture); the stills below show the scenes.");
    }

    @Test
    void withScriptsOffTheStillsAndTheTimesAreThereAndATimeOpensTheMovieThere() throws Exception {
        Path report = report(TestMovie.small().withSize(320, 180).withSeconds(SECONDS), "no-script.mp4", null, true);
        browser.send("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            browser.open(report.resolve("index.html").toUri());
            Path screenshot = browser.screenshot(SCREENSHOTS.resolve("scripts-off.png"));
            System.out.println("report screenshot: " + screenshot.toAbsolutePath());
            browser.send("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
            assertThat(browser.evaluate("Array.from(document.querySelectorAll('.frames img'))"
                    + ".filter(i => i.complete && i.naturalWidth === 240).length").asInt()).isEqualTo(6);
            assertThat(browser.evaluate("document.querySelector('.strip img').naturalWidth").asInt())
                    .isEqualTo(ProbabilityStrip.WIDTH);
            assertThat(browser.evaluate("document.querySelector('#scene-2 a[data-seek]').href").asText())
                    .isEqualTo(folder.resolve("no-script.mp4").toUri() + "#t=28");
            assertThat(browser.evaluate("document.getElementById('cannot-play').hidden").asBoolean()).isTrue();
        } finally {
            browser.send("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void aReportMovedWithItsMovieOrAloneStillFindsIt() throws Exception {
        Path report = report(TestMovie.small().withSize(320, 180).withSeconds(SECONDS), "moving.mp4", null, true);
        Path alone = copy(report, Files.createDirectories(folder.resolve("elsewhere/alone")));
        browser.open(alone.resolve("index.html").toUri());
        assertThat(browser.evaluate(PLAYER_SETTLED).path("source").asText()).as("moved alone: by the file: URL")
                .isEqualTo(folder.resolve("moving.mp4").toUri().toString());

        Path together = Files.createDirectories(folder.resolve("together"));
        Files.move(folder.resolve("moving.mp4"), together.resolve("moving.mp4"));
        Path moved = copy(report, together.resolve("moving.mp4-report"));
        browser.open(moved.resolve("index.html").toUri());
        JsonNode page = browser.evaluate(PLAYER_SETTLED);
        assertThat(page.path("source").asText()).as("moved together: by the relative path")
                .isEqualTo(together.resolve("moving.mp4").toUri().toString());
        assertThat(page.path("readyState").asInt()).isGreaterThanOrEqualTo(2);
    }

    private static Path copy(Path report, Path to) throws Exception {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> files = Files.list(report)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void assertShowsTheNoteAndTheStills(String note) {
        JsonNode page = browser.evaluate(PLAYER_SETTLED);
        assertThat(page.path("noteShown").asBoolean()).as("the note is shown").isTrue();
        assertThat(page.path("note").asText()).isEqualTo(note);
        assertThat(page.path("videoShown").asBoolean()).isFalse();
        assertThat(browser.evaluate("Array.from(document.querySelectorAll('.frames img'))"
                + ".filter(i => i.complete && i.naturalWidth === 240).length").asInt())
                .as("stills shown").isEqualTo(6);
        assertThat(browser.evaluate("document.querySelectorAll('a[data-seek]').length").asInt()).isEqualTo(10);
        assertThat(browser.evaluate("document.querySelectorAll('a[data-seek][href]').length").asInt())
                .as("times that still pretend to seek").isZero();
    }

    /** Waits until the player has loaded the film or given up, and says what the page shows. */
    private static final String PLAYER_SETTLED = "new Promise(done => { const v = document.getElementById('movie');"
            + " const note = document.getElementById('cannot-play'); const started = Date.now();"
            + " (function poll() { if (v.readyState >= 2 || !note.hidden || Date.now() - started > 20000) {"
            + " done({readyState: v.readyState, videoWidth: v.videoWidth, source: v.currentSrc,"
            + " error: v.error ? v.error.code + ' ' + v.error.message : '', noteShown: !note.hidden,"
            + " note: note.textContent, videoShown: !v.hidden}); } else { setTimeout(poll, 50); } })(); })";

    private static void clickOn(String selector) {
        JsonNode box = browser.evaluate("(() => { const e = document.querySelector('" + selector + "');"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        browser.click(box.path("x").asDouble(), box.path("y").asDouble());
    }

    /** The player's time once its seek has ended and the picture there is decoded. */
    private static double settledTime() {
        return browser.evaluate("new Promise(done => { const v = document.getElementById('movie');"
                + " const started = Date.now(); (function poll() {"
                + " if (!v.seeking && v.readyState >= 2 || Date.now() - started > 10000) { done(v.currentTime); }"
                + " else { setTimeout(poll, 20); } })(); })").asDouble();
    }

    /**
     * Writes the film and its report beside it: scenes 5-14 and 28-35 of 40 seconds.
     *
     * @param decoderNamesFormat whether the detection knows the container and codecs, as from the decoder, or not,
     *                           as from scores cached before it named them
     */
    private static Path report(TestMovie film, String name, ExplanationService explanations,
            boolean decoderNamesFormat) throws Exception {
        Path movie = TestMedia.write(Standalone.encoder(), folder.resolve(name), film);
        MovieInfo info;
        try (SampleStream stream = Standalone.decoder("exact").open(movie)) {
            info = stream.info();
        }
        assertThat(info.format()).as("what the decoder says").isNotNull();
        float[] p = new float[SECONDS];
        Arrays.fill(p, 5, 15, 0.9f);
        Arrays.fill(p, 28, 36, 0.8f);
        Detection detection = new Detection(decoderNamesFormat ? info : info.withFormat(null),
                new ModelDescriptor("test-model", "3", "both", "cpu()"), p, new SegmentationParameters(8, 0.7, 0.5),
                List.of(new Scene(5, 14, 0.9), new Scene(28, 35, 0.8)), null, true);
        Path report = Files.createDirectories(folder.resolve(name + "-report"));
        ReportComponent service = new ReportComponent(Standalone.decoder("exact"), folder, explanations);
        try (ReportStills stills = service.stills()) {
            service.writeInto(report, detection, stills, folder.resolve("model"), () -> false);
        }
        return report;
    }
}
