package org.kissdetect.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.kissdetect.common.files.FileErrors;

/** The files of a report folder, and which existing folders a report may replace. */
final class ReportFolder {

    static final String INDEX = "index.html";
    static final String STRIP = "strip.png";

    private ReportFolder() {
    }

    static String thumbnailName(int second) {
        return String.format(Locale.ROOT, "second-%05d.jpg", second);
    }

    /** Refuses a report folder that exists and holds something other than an earlier report. */
    static void checkTarget(Path folder) throws IOException {
        boolean replaceable;
        try {
            replaceable = !Files.exists(folder) || isReport(folder);
        } catch (IOException e) {
            throw new IOException("cannot read " + folder + ": " + FileErrors.reason(e), e);
        }
        if (!replaceable) {
            throw new IOException(folder + " exists and is not a Kiss Detector report; choose another folder");
        }
    }

    private static boolean isReport(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty()
                    || Files.exists(folder.resolve(INDEX)) && Files.exists(folder.resolve(STRIP));
        }
    }
}
