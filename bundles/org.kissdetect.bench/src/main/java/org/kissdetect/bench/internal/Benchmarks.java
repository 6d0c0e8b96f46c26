package org.kissdetect.bench.internal;

import java.util.SortedSet;

/** The benchmarks a runtime has. */
interface Benchmarks {

    /** @return the names of the benchmarks this runtime holds, started or not */
    SortedSet<String> names();

    /**
     * The named benchmark, once it has started.
     *
     * @param name one of {@link #names()}
     * @return the benchmark
     * @throws BenchFailure when it did not start in time, with the reason
     */
    Benchmark await(String name);
}
