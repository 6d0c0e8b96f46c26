package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.util.List;

/**
 * One benchmark of {@code kissdetect bench NAME}: a component registered under this interface with the service
 * property {@value #NAME} holding NAME. It reports its figures next to a baseline measured in the same run, never
 * against a number fixed in advance.
 */
public interface Benchmark {

    /** The service property that names a benchmark. */
    String NAME = "kissdetect.benchmark";

    /**
     * Runs the benchmark and prints its report.
     *
     * @param arguments the words after the benchmark's name
     * @param out       where the report goes
     * @return the exit code, 0 when the benchmark ran
     * @throws BenchFailure             when it cannot run, with the exit code to end with
     * @throws IllegalArgumentException when the arguments are not understood, with a message saying why
     * @throws Exception                when the benchmark fails
     */
    int run(List<String> arguments, PrintWriter out) throws Exception;
}
