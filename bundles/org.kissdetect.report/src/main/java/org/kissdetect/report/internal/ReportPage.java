package org.kissdetect.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.segment.SegmentationParameters;
import org.kissdetect.common.text.Clock;

/**
 * The report's HTML: one static file with its style and a small script inline, nothing fetched from a network.
 * The script makes the page a player (the scenes' times and the strip seek the movie, or a note says why the
 * browser cannot play it); without scripts the stills, the times and the strip are all still there, and a time
 * links to the movie itself at that time (a media fragment, {@code #t=SECONDS}).
 */
final class ReportPage {

    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private ReportPage() {
    }

    /**
     * @param thumbnails the seconds whose thumbnails are in the folder
     * @param saliency   for each scene's middle second, its map or why there is none
     * @param link       where the player finds the movie
     */
    static String html(Detection detection, Set<Integer> thumbnails, Map<Integer, SaliencyMaps.Outcome> saliency,
            MovieLink link) {
        String movie = escape(detection.movie().file().getFileName().toString());
        MovieType type = MovieType.of(detection.movie());
        int seconds = Math.max(1, detection.probabilities().length);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Kissing scenes in ").append(movie).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Kissing scenes in ").append(movie).append("</h1>\n<p class=\"meta\">")
                .append(Clock.hoursMinutesSeconds(detection.probabilities().length)).append(" of film, ")
                .append(detection.scenes().size()).append(detection.scenes().size() == 1 ? " scene" : " scenes")
                .append("</p>\n");
        settings(html, detection);
        if (detection.model().id().startsWith("demo")) {
            html.append("<p class=\"demo\">This is the <b>demo model</b>: it detects the synthetic \"kissing\" signature ")
                    .append("of the generated demo films, not real kissing.</p>\n");
        }
        player(html, link, type, seconds);
        html.append("<div class=\"strip\" id=\"strip\" data-left=\"").append(ProbabilityStrip.LEFT)
                .append("\" data-plot=\"").append(ProbabilityStrip.PLOT_WIDTH).append("\" data-width=\"")
                .append(ProbabilityStrip.WIDTH).append("\" data-seconds=\"").append(seconds).append("\">\n")
                .append("<img src=\"").append(ReportFolder.STRIP)
                .append("\" alt=\"Kissing probability of every second, scenes shaded, threshold dashed\">\n")
                .append("<div class=\"playhead\" hidden></div>\n</div>\n");
        int number = 1;
        for (Scene scene : detection.scenes()) {
            scene(html, number++, scene, thumbnails, saliency.get(middle(scene)), link);
        }
        if (detection.scenes().isEmpty()) {
            html.append("<p>No kissing scene was found with these thresholds.</p>\n");
        }
        return html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    private static void settings(StringBuilder html, Detection detection) {
        SegmentationParameters parameters = detection.parameters();
        html.append("<dl class=\"settings\">\n<dt>Model</dt><dd>").append(escape(detection.model().id()))
                .append(", version ").append(escape(detection.model().version())).append(" (")
                .append(escape(detection.model().variant())).append(")</dd>\n")
                .append("<dt>Threshold</dt><dd>a second is kissing at a probability of ")
                .append(number(parameters.threshold())).append(" or more</dd>\n")
                .append("<dt>Scenes</dt><dd>at least ").append(parameters.minSeconds()).append(" s long, at least ")
                .append(percent(parameters.minFraction())).append(" of their seconds kissing (minimum seconds ")
                .append(parameters.minSeconds()).append(", minimum fraction ").append(number(parameters.minFraction()))
                .append(")</dd>\n</dl>\n");
    }

    private static void player(StringBuilder html, MovieLink link, MovieType type, int seconds) {
        html.append("<div class=\"player\">\n<video id=\"movie\" controls preload=\"metadata\" data-seconds=\"")
                .append(seconds).append("\" data-description=\"").append(escape(type.description())).append('"');
        if (type.mime() != null) {
            html.append(" data-type=\"").append(escape(type.mime())).append('"');
        }
        html.append(">\n");
        for (String source : link.sources()) {
            html.append("<source src=\"").append(escape(source)).append("\">\n");
        }
        html.append("<p>This browser shows no video; the stills below show the scenes.</p>\n</video>\n")
                .append("<p id=\"cannot-play\" class=\"note\" role=\"status\" hidden>")
                .append("Your browser cannot play this file (<span class=\"why\"></span>); the stills below show the scenes.</p>\n")
                .append("<noscript><p class=\"note\">Scripts are off: the times below open the movie itself at that")
                .append(" time; if the player above stays empty, your browser cannot play this file (")
                .append(escape(type.description())).append("), and the stills below show the scenes.</p></noscript>\n")
                .append("</div>\n");
    }

    private static void scene(StringBuilder html, int number, Scene scene, Set<Integer> thumbnails,
            SaliencyMaps.Outcome saliency, MovieLink link) {
        html.append("<section class=\"scene\" id=\"scene-").append(number).append("\">\n<div><h2>Scene ")
                .append(number).append("</h2>\n<p>");
        seekLink(html, link, scene.start(), "Play scene " + number + " from its start");
        html.append(" &ndash; ");
        seekLink(html, link, scene.end() + 1, "Go to the end of scene " + number);
        html.append("<br>").append(scene.seconds()).append(" s, confidence ").append(percent(scene.confidence()))
                .append("</p>\n<div class=\"bar\" style=\"width:").append(percent(scene.confidence()))
                .append("\"></div></div>\n<div class=\"frames\">\n");
        frame(html, thumbnails, scene.start(), "first", link);
        frame(html, thumbnails, middle(scene), "middle", link);
        frame(html, thumbnails, scene.end(), "last", link);
        saliency(html, middle(scene), saliency);
        html.append("</div>\n</section>\n");
    }

    private static void saliency(StringBuilder html, int second, SaliencyMaps.Outcome outcome) {
        if (outcome != null && outcome.file() != null) {
            html.append("<figure class=\"saliency\"><img src=\"").append(outcome.file())
                    .append("\" alt=\"Saliency map of the middle second: where the model looked\"><figcaption>")
                    .append("where the model looked, ").append(Clock.hoursMinutesSeconds(second)).append(" (")
                    .append(percent(outcome.probability())).append(" kissing)</figcaption></figure>\n");
        } else {
            html.append("<figure class=\"saliency missing\"><figcaption>")
                    .append(escape(outcome == null ? "no saliency map" : outcome.missing()))
                    .append("</figcaption></figure>\n");
        }
    }

    /** A time that seeks the page's player, or, without scripts, opens the movie at that time. */
    private static void seekLink(StringBuilder html, MovieLink link, int second, String label) {
        html.append("<a class=\"seek\" href=\"").append(escape(link.primary())).append("#t=").append(second)
                .append("\" data-seek=\"").append(second).append("\" title=\"").append(escape(label)).append("\">")
                .append(Clock.hoursMinutesSeconds(second)).append("</a>");
    }

    /** The second whose still stands for the middle of a scene. */
    static int middle(Scene scene) {
        return (scene.start() + scene.end()) / 2;
    }

    private static void frame(StringBuilder html, Set<Integer> thumbnails, int second, String which, MovieLink link) {
        html.append("<figure>");
        if (thumbnails.contains(second)) {
            html.append("<img src=\"").append(ReportFolder.thumbnailName(second)).append("\" alt=\"").append(which)
                    .append(" second\">");
        }
        html.append("<figcaption>").append(which).append(", ");
        seekLink(html, link, second, "Play from the " + which + " second");
        html.append("</figcaption></figure>\n");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report bundle lacks its " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's " + name, e);
        }
    }
}
