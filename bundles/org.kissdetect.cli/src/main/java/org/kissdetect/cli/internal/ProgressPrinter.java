package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import org.kissdetect.api.detect.DetectionProgress;
import org.kissdetect.api.detect.ProgressListener;
import org.kissdetect.common.text.Clock;

/**
 * Shows a detection's progress on stderr: a bar redrawn in place on a terminal, a plain line every tenth of the
 * film otherwise (logs, pipes), nothing with {@code --quiet}.
 */
final class ProgressPrinter implements ProgressListener {

    enum Mode { BAR, LINES, QUIET }

    private static final int WIDTH = 30;
    private static final String CLEAR_TO_END_OF_LINE = "\033[K";
    private static final int MIN_NAME = 8;

    private final PrintWriter err;
    private final Mode mode;
    private final String name;
    private final int columns = terminalColumns();
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
                err.print("\r" + bar(name, progress, columns) + CLEAR_TO_END_OF_LINE);
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

    /**
     * One bar line that fits {@code columns} (a line that wraps cannot be redrawn in place): a long movie name is
     * shortened in its middle, and the bar drops out before the numbers do.
     */
    static String bar(String name, DetectionProgress progress, int columns) {
        int filled = (int) Math.round(progress.fraction() * WIDTH);
        String numbers = describe(progress);
        String bar = " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] ";
        int room = columns - 1 - numbers.length() - bar.length();
        if (room < MIN_NAME) {
            bar = " ";
            room = columns - 1 - numbers.length() - bar.length();
        }
        String line = shortened(name, Math.max(MIN_NAME, room)) + bar + numbers;
        return line.length() < columns ? line : line.substring(0, Math.max(0, columns - 1));
    }

    private static String shortened(String name, int room) {
        if (name.length() <= room) {
            return name;
        }
        int head = (room - 3) / 2;
        return name.substring(0, head) + "..." + name.substring(name.length() - (room - 3 - head));
    }

    /** The terminal's width as the launcher exports it ({@code COLUMNS}), 80 when unknown. */
    static int terminalColumns() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    static String describe(DetectionProgress progress) {
        return String.format(Locale.ROOT, "%3d%% %s/%s, %.1fx real time, %s left", Math.round(progress.fraction() * 100),
                clock(progress.secondsDone()), clock(progress.totalSeconds()), progress.filmSecondsPerWallSecond(),
                progress.remaining().isZero() && progress.fraction() < 1 ? "?" : clock(progress.remaining()));
    }

    private static String clock(Duration duration) {
        return clock(duration.toSeconds());
    }

    private static String clock(long seconds) {
        return Clock.hoursMinutesSeconds(seconds);
    }
}
