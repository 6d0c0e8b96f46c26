package org.kissdetect.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.text.Clock;
import org.kissdetect.synthetic.SecondSpan;

/** The demo's table: each true scene beside the detected scene that overlaps it most, with their IoU. */
final class DemoComparison {

    static final double MATCHING_IOU = 0.5;

    private DemoComparison() {
    }

    static String table(List<Scene> detected, List<SecondSpan> truth) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-22s %-22s %6s%n", "true scene", "detected", "IoU"));
        List<Scene> unmatched = new ArrayList<>(detected);
        int found = 0;
        for (SecondSpan scene : truth) {
            Scene best = null;
            double bestIou = 0;
            for (Scene candidate : unmatched) {
                double iou = candidate.intersectionOverUnion(scene.first(), scene.last());
                if (iou > bestIou) {
                    best = candidate;
                    bestIou = iou;
                }
            }
            if (best != null) {
                unmatched.remove(best);
            }
            found += bestIou >= MATCHING_IOU ? 1 : 0;
            text.append(String.format(Locale.ROOT, "%-22s %-22s %6s%n", span(scene.first(), scene.last()),
                    best == null ? "(missed)" : span(best.start(), best.end()),
                    best == null ? "-" : String.format(Locale.ROOT, "%.2f", bestIou)));
        }
        for (Scene extra : unmatched) {
            text.append(String.format(Locale.ROOT, "%-22s %-22s %6s%n", "(none)", span(extra.start(), extra.end()), "-"));
        }
        text.append(String.format(Locale.ROOT, "%d of %d true scenes found at IoU >= %.1f; %d detected scenes match none%n",
                found, truth.size(), MATCHING_IOU, unmatched.size()));
        return text.toString();
    }

    private static String span(int first, int last) {
        return Clock.minutesSeconds(first) + " - " + Clock.minutesSeconds(last + 1) + String.format(Locale.ROOT, " (%ds)", last - first + 1);
    }
}
