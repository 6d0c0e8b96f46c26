package org.kissdetect.api.bench;

import java.io.PrintWriter;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One benchmark of {@code kissdetect bench NAME}, registered as a service whose property
 * {@code kissdetect.benchmark} holds NAME. It reports its figures next to a baseline measured in the same run,
 * never against a number fixed in advance.
 */
@ConsumerType
public interface Benchmark {

    /**
     * Runs the benchmark and prints its report.
     *
     * @param arguments the words after the benchmark's name
     * @param out       where the report goes
     * @return the exit code, 0 when the benchmark ran
     * @throws IllegalArgumentException when the arguments are not understood, with a message saying why
     * @throws Exception                when the benchmark cannot run
     */
    int run(List<String> arguments, PrintWriter out) throws Exception;
}
