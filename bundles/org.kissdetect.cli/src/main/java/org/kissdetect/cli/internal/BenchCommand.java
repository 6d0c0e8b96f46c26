package org.kissdetect.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.kissdetect.api.bench.Benchmark;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kissdetect bench NAME [ARGS...]}: runs one of the registered benchmarks. */
@Component(service = Subcommand.class, property = Subcommand.NAME + "=bench")
@Command(name = "bench", description = {"Runs a benchmark and reports it against a baseline measured in the same run.",
        "Benchmarks: segment, features, decode, classify, detect, memory (each with the bundle that provides it)."})
public final class BenchCommand implements Subcommand {

    /** The service property that names a benchmark. */
    static final String BENCHMARK_NAME = "kissdetect.benchmark";

    private final Map<String, Benchmark> benchmarks = new ConcurrentSkipListMap<>();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Which benchmark to run.")
    String name;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Options of that benchmark.")
    List<String> arguments = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addBenchmark(Benchmark benchmark, Map<String, Object> properties) {
        benchmarks.put(String.valueOf(properties.get(BENCHMARK_NAME)), benchmark);
    }

    void removeBenchmark(Benchmark benchmark, Map<String, Object> properties) {
        benchmarks.remove(String.valueOf(properties.get(BENCHMARK_NAME)), benchmark);
    }

    @Override
    public Integer call() throws Exception {
        Benchmark benchmark = benchmarks.get(name);
        if (benchmark == null) {
            throw CommandFailure.badInput("no benchmark '" + name + "'; available: " + new TreeMap<>(benchmarks).keySet());
        }
        try {
            return benchmark.run(arguments == null ? List.of() : arguments, spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }
}
