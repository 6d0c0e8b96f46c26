package org.kissdetect.classify.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The process's peak resident set (Linux {@code VmHWM}), which {@link #reset()} starts afresh. */
final class PeakRss {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private PeakRss() {
    }

    /** Restarts the peak from the current resident set (Linux 4.0 and later); does nothing elsewhere. */
    static void reset() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | UnsupportedOperationException e) {
            // Not Linux, or not allowed: the peak then covers the whole run, which the report says.
        }
    }

    /** @return the peak resident set since the last reset, in bytes, when the system reports it */
    static Optional<Long> bytes() {
        try {
            return Files.readAllLines(STATUS).stream().filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return the peak as {@code 1.23 GB}, or {@code n/a} */
    static String text() {
        return bytes().map(b -> String.format("%.2f GB", b / 1e9)).orElse("n/a");
    }
}
