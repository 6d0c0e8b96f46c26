package org.kissdetect.cli.internal;

import java.nio.file.Path;

import org.kissdetect.api.detect.Detection;
import org.kissdetect.api.segment.Scene;

/** The line a command prints on stderr after each movie. */
final class Summary {

    private Summary() {
    }

    static String of(Detection detection, Path markers, Path report) {
        int kissing = detection.scenes().stream().mapToInt(Scene::seconds).sum();
        StringBuilder line = new StringBuilder();
        line.append(detection.movie().file().getFileName()).append(": ").append(detection.scenes().size())
                .append(detection.scenes().size() == 1 ? " scene" : " scenes").append(", ")
                .append(String.format("%d:%02d:%02d", kissing / 3600, kissing / 60 % 60, kissing % 60))
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
