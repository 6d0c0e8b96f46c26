package org.kissdetect.cli.internal;

import java.nio.file.Path;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.common.text.Clock;

/** The line a command prints on stderr after each movie. */
final class Summary {

    private Summary() {
    }

    static String of(Detection detection, Path markers, Path report) {
        int kissing = detection.scenes().stream().mapToInt(Scene::seconds).sum();
        StringBuilder line = new StringBuilder();
        line.append(detection.movie().file().getFileName()).append(": ").append(detection.scenes().size())
                .append(detection.scenes().size() == 1 ? " scene" : " scenes").append(", ")
                .append(Clock.hoursMinutesSeconds(kissing))
                .append(" of kissing in ").append(detection.probabilities().length).append(" s")
                .append(detection.fromCache() ? " (cached scores)" : "");
        if (markers != null) {
            line.append("; markers ").append(markers);
        }
        if (report != null) {
            line.append("; report ").append(report);
        }
        return line.toString();
    }
}
