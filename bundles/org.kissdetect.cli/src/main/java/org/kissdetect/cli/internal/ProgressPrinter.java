package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;

import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.ProgressListener;

/**
 * Shows a detection's progress on stderr: a bar redrawn in place on a terminal, a plain line every tenth of the
 * film otherwise (logs, pipes), nothing with {@code --quiet}.
 */
final class ProgressPrinter implements ProgressListener {

    enum Mode { BAR, LINES, QUIET }

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Mode mode;
    private final String name;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressPrinter(PrintWriter err, Mode mode, String name) {
        this.err = err;
        this.mode = mode;
        this.name = name;
    }

    static Mode modeFor(boolean quiet) {
        return quiet ? Mode.QUIET : System.console() != null ? Mode.BAR : Mode.LINES;
    }

    @Override
    public void progress(DetectionProgress progress) {
        switch (mode) {
            case BAR -> {
                int filled = (int) Math.round(progress.fraction() * WIDTH);
                err.print("\r" + name + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + describe(progress));
                err.flush();
                drawn = true;
            }
            case LINES -> {
                int tenth = (int) Math.floor(progress.fraction() * 10);
                if (tenth > lastTenth) {
                    lastTenth = tenth;
                    err.println(name + ": " + describe(progress));
                }
            }
            case QUIET -> {
            }
        }
    }

    /** Ends the bar's line so that what follows starts on a fresh one. */
    void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    static String describe(DetectionProgress progress) {
        return String.format("%3d%% %s/%s, %.1fx real time, %s left", Math.round(progress.fraction() * 100),
                clock(progress.secondsDone()), clock(progress.totalSeconds()), progress.filmSecondsPerWallSecond(),
                progress.remaining().isZero() && progress.fraction() < 1 ? "?" : clock(progress.remaining()));
    }

    private static String clock(Duration duration) {
        return clock(duration.toSeconds());
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
