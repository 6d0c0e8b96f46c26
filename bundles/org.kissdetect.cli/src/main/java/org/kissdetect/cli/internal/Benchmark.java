package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.util.List;

/**
 * One benchmark of {@code kissdetect bench}: registered as a service with {@value #NAME} naming it. Each reports
 * its figures next to a baseline measured in the same run, never against a number fixed in advance.
 */
public interface Benchmark {

    /** The service property that names the benchmark. */
    String NAME = "kissdetect.benchmark";

    /**
     * Runs the benchmark and prints a report.
     *
     * @param arguments the words after the benchmark's name
     * @param out       where the report goes
     * @return the exit code
     */
    int run(List<String> arguments, PrintWriter out) throws Exception;
}
