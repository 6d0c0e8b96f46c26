package org.kissdetect.bench.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;

import org.kissdetect.common.launch.LauncherMainThread;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The bench runtime's entry ({@code features/bench.bndrun}, {@code ./kissdetect bench}): once bnd's launcher has
 * published the arguments, this registers a {@code main.thread} callable that runs the named benchmark and whose
 * result becomes the process's exit code. Only where the framework property {@value #ENABLE} is {@code true}.
 *
 * <p>The bench bundle has its own entry rather than contributing a command to the command-line bundle: it is
 * assembled only into its own runtime, so the product's command line needs no exported SPI for a tool it never
 * ships, and the benchmarks need nothing of picocli.
 */
@Component(immediate = true)
public final class BenchMain {

    static final String ENABLE = "kissdetect.bench";
    private static final Duration BENCHMARK_WAIT = Duration.ofSeconds(30);

    private final RegisteredBenchmarks benchmarks;
    private final LauncherMainThread mainThread;

    @Activate
    public BenchMain(BundleContext context, @Reference ServiceComponentRuntime runtime) throws InvalidSyntaxException {
        this.benchmarks = new RegisteredBenchmarks(context, runtime, BENCHMARK_WAIT);
        this.mainThread = new LauncherMainThread(context, ENABLE, this::run);
    }

    @Deactivate
    void deactivate() {
        mainThread.close();
        benchmarks.close();
    }

    private Integer run(String[] arguments) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        return new BenchCommandLine(benchmarks, out, err).run(arguments);
    }
}
