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
                new FakeExplanations());
        browser.open(report.resolve("index.html").toUri());

        JsonNode loaded = browser.evaluate(PLAYER_SETTLED);
        assertThat(loaded.path("error").asText()).as("the player's error").isEmpty();
        assertThat(loaded.path("readyState").asInt()).as("readyState: the film was decoded").isGreaterThanOrEqualTo(2);
        assertThat(loaded.path("videoWidth").asInt()).isEqualTo(320);
        assertThat(loaded.path("source").asText()).as("the relative source first").endsWith("/film.mp4");
        assertThat(loaded.path("noteShown").asBoolean()).isFalse();
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
        Path report = report(TestMovie.small().withSize(320, 180).withSeconds(SECONDS).withVideoCodec("mpeg4"),
                "mpeg4-part2.mp4", null);
        browser.open(report.resolve("index.html").toUri());

        JsonNode page = browser.evaluate(PLAYER_SETTLED);
        Path screenshot = browser.screenshot(SCREENSHOTS.resolve("unplayable.png"));
        System.out.println("report screenshot: " + screenshot.toAbsolutePath());
        assertThat(page.path("noteShown").asBoolean()).as("the note is shown").isTrue();
        assertThat(page.path("note").asText()).startsWith("Your browser cannot play this file (MP4: ")
                .endsWith("the stills below show the scenes.");
        assertThat(page.path("videoShown").asBoolean()).isFalse();
        assertThat(browser.evaluate("Array.from(document.querySelectorAll('.frames img'))"
                + ".filter(i => i.complete && i.naturalWidth === 240).length").asInt())
                .as("stills shown").isEqualTo(6);
        assertThat(browser.evaluate("document.querySelectorAll('a[data-seek][href]').length").asInt())
                .as("times that still pretend to seek").isZero();
        assertThat(browser.evaluate("document.querySelector('.saliency.missing').textContent").asText())
                .isEqualTo("no saliency maps here: no explanation service is installed");
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

    /** Writes the film and its report beside it: scenes 5-14 and 28-35 of 40 seconds. */
    private static Path report(TestMovie film, String name, ExplanationService explanations) throws Exception {
        Path movie = TestMedia.write(Standalone.encoder(), folder.resolve(name), film);
        float[] p = new float[SECONDS];
        Arrays.fill(p, 5, 15, 0.9f);
        Arrays.fill(p, 28, 36, 0.8f);
        Detection detection = new Detection(new MovieInfo(movie, SECONDS, 25, 320, 180, true),
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
