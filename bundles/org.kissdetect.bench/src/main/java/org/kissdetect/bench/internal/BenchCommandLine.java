package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * {@code kissdetect bench NAME [ARGS...]}: runs one benchmark of this runtime. Every failure ends as one line on
 * stderr and the exit code every command documents; stack traces only with {@code -Dkissdetect.debug=true}.
 */
final class BenchCommandLine {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: kissdetect bench NAME [ARGS...]",
            "Runs a benchmark and reports it against a baseline measured in the same run.",
            "Benchmarks of this runtime: %s.",
            "JMH benchmarks, each built beside the bundle it measures: segment, features, classify, resnet3d.",
            "The Spark job's, beside it in features/spark: batch [SECONDS] [height=H].");

    private final Benchmarks benchmarks;
    private final PrintWriter out;
    private final PrintWriter err;

    BenchCommandLine(Benchmarks benchmarks, PrintWriter out, PrintWriter err) {
        this.benchmarks = benchmarks;
        this.out = out;
        this.err = err;
    }

    /** @param args the command line, with or without the leading {@code bench} the launcher passes on */
    int run(String... args) {
        List<String> words = Arrays.asList(args);
        if (!words.isEmpty() && words.get(0).equals("bench")) {
            words = words.subList(1, words.size());
        }
        try {
            if (words.isEmpty() || List.of("-h", "--help", "help").contains(words.get(0))) {
                (words.isEmpty() ? err : out).println(String.format(USAGE, String.join(", ", benchmarks.names())));
                return words.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
            }
            String name = words.get(0);
            if (!benchmarks.names().contains(name)) {
                throw BenchFailure.badInput("no benchmark '" + name + "'; available: " + benchmarks.names());
            }
            return benchmarks.await(name).run(words.subList(1, words.size()), out);
        } catch (BenchFailure e) {
            return fail(e, e.exitCode());
        } catch (IllegalArgumentException e) {
            return fail(e, ExitCodes.BAD_INPUT);
        } catch (Exception e) {
            return fail(e, ExitCodes.FAILED);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int fail(Exception e, int exitCode) {
        if (Boolean.getBoolean("kissdetect.debug")) {
            e.printStackTrace(err);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("kissdetect bench: " + message.replace('\n', ' '));
        return exitCode;
    }
}
