package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a command over several movies ends: a movie that fails is reported at once and the others go on; the exit
 * code is the failures' own when they share one, 1 when they differ. Ctrl-C stops the whole batch, and so does a
 * model problem (every movie would fail the same way). With one movie, its failure is the command's.
 */
final class BatchOutcome {

    private final String command;
    private final int movies;
    private final PrintWriter err;
    private final List<CommandFailure> failures = new ArrayList<>();

    BatchOutcome(String command, int movies, PrintWriter err) {
        this.command = command;
        this.movies = movies;
        this.err = err;
    }

    void failed(Path movie, CommandFailure failure) {
        if (movies == 1 || failure.exitCode() == ExitCodes.CANCELLED || failure.exitCode() == ExitCodes.MODEL_PROBLEM) {
            throw failure;
        }
        failures.add(failure);
        String message = failure.getMessage().contains(movie.getFileName().toString())
                ? failure.getMessage() : movie + ": " + failure.getMessage();
        err.println("kissdetect " + command + ": " + message.replace('\n', ' '));
        err.flush();
    }

    int exitCode() {
        if (failures.isEmpty()) {
            return ExitCodes.OK;
        }
        err.println("kissdetect " + command + ": " + failures.size() + " of " + movies + " movies failed");
        int first = failures.get(0).exitCode();
        return failures.stream().allMatch(f -> f.exitCode() == first) ? first : ExitCodes.FAILED;
    }
}
