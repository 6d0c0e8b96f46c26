package org.kissdetect.report.internal;

import java.util.Set;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.text.Clock;

/** The report's HTML: self-contained apart from its images, readable without scripts. */
final class ReportPage {

    private ReportPage() {
    }

    static String html(Detection detection, Set<Integer> thumbnails) {
        String movie = escape(detection.movie().file().getFileName().toString());
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Kissing scenes in ")
                .append(movie).append("</title>\n<style>\n")
                .append("body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1240px;color:#222;padding:0 1em}\n")
                .append("h1{font-size:1.5em;margin-bottom:.2em}.meta{color:#666;margin-top:0}\n")
                .append(".demo{background:#fff3cd;border:1px solid #e0c36a;padding:.6em 1em;border-radius:6px}\n")
                .append("img.strip{width:100%;border:1px solid #ddd;border-radius:4px}\n")
                .append(".scene{display:grid;grid-template-columns:12em 1fr;gap:1em;border-top:1px solid #eee;padding:1em 0}\n")
                .append(".scene h2{font-size:1.1em;margin:0}.frames{display:flex;gap:.6em;flex-wrap:wrap}\n")
                .append(".frames figure{margin:0}.frames img{width:240px;border-radius:4px;display:block}\n")
                .append("figcaption{font-size:.8em;color:#666}.bar{height:6px;background:#e53935;border-radius:3px}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Kissing scenes in ").append(movie).append("</h1>\n<p class=\"meta\">")
                .append(Clock.hoursMinutesSeconds(detection.probabilities().length)).append(" of film, ")
                .append(detection.scenes().size()).append(detection.scenes().size() == 1 ? " scene" : " scenes")
                .append(" &middot; model ").append(escape(detection.model().id())).append(' ')
                .append(escape(detection.model().version())).append(" &middot; minimum ")
                .append(detection.parameters().minSeconds()).append(" s, ")
                .append(percent(detection.parameters().minFraction())).append(" kissing, threshold ")
                .append(detection.parameters().threshold()).append("</p>\n");
        if (detection.model().id().startsWith("demo")) {
            html.append("<p class=\"demo\">This is the <b>demo model</b>: it detects the synthetic \"kissing\" signature ")
                    .append("of the generated demo films, not real kissing.</p>\n");
        }
        html.append("<img class=\"strip\" src=\"strip.png\" alt=\"Kissing probability of every second, scenes shaded\">\n");
        int number = 1;
        for (Scene scene : detection.scenes()) {
            html.append("<section class=\"scene\">\n<div><h2>Scene ").append(number++).append("</h2>\n<p>")
                    .append(Clock.hoursMinutesSeconds(scene.start())).append(" &ndash; ")
                    .append(Clock.hoursMinutesSeconds(scene.end() + 1)).append("<br>")
                    .append(scene.seconds()).append(" s, confidence ").append(percent(scene.confidence()))
                    .append("</p>\n<div class=\"bar\" style=\"width:").append(percent(scene.confidence()))
                    .append("\"></div></div>\n<div class=\"frames\">\n");
            frame(html, thumbnails, scene.start(), "first");
            frame(html, thumbnails, middle(scene), "middle");
            frame(html, thumbnails, scene.end(), "last");
            html.append("</div>\n</section>\n");
        }
        if (detection.scenes().isEmpty()) {
            html.append("<p>No kissing scene was found with these thresholds.</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** The second whose still stands for the middle of a scene. */
    static int middle(Scene scene) {
        return (scene.start() + scene.end()) / 2;
    }

    private static void frame(StringBuilder html, Set<Integer> thumbnails, int second, String which) {
        html.append("<figure>");
        if (thumbnails.contains(second)) {
            html.append("<img src=\"").append(ReportFolder.thumbnailName(second)).append("\" alt=\"").append(which)
                    .append(" second\">");
        }
        html.append("<figcaption>").append(which).append(", ").append(Clock.hoursMinutesSeconds(second))
                .append("</figcaption></figure>\n");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
