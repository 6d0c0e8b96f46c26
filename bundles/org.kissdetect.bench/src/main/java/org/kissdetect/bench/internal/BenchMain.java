package org.kissdetect.bench.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Hashtable;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.ServiceTracker;

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
    private static final String ARGUMENTS = "launcher.arguments";
    private static final Duration BENCHMARK_WAIT = Duration.ofSeconds(30);

    private final BundleContext context;
    private final RegisteredBenchmarks benchmarks;
    private final ServiceTracker<Object, Object> launcher;
    private ServiceRegistration<?> registration;

    @Activate
    public BenchMain(BundleContext context, @Reference ServiceComponentRuntime runtime) throws InvalidSyntaxException {
        this.context = context;
        this.benchmarks = new RegisteredBenchmarks(context, runtime, BENCHMARK_WAIT);
        this.launcher = new ServiceTracker<>(context, FrameworkUtil.createFilter("(" + ARGUMENTS + "=*)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                registerMainThread(reference.getProperty(ARGUMENTS));
                return reference;
            }
        };
        if (Boolean.parseBoolean(context.getProperty(ENABLE))) {
            launcher.open();
        }
    }

    private synchronized void registerMainThread(Object arguments) {
        if (registration == null && arguments instanceof String[] args) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("main.thread", Boolean.TRUE);
            registration = context.registerService(Callable.class, new MainThread(args.clone()), properties);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        launcher.close();
        if (registration != null) {
            registration.unregister();
        }
        benchmarks.close();
    }

    /** A named class, not a lambda: the launcher checks by reflection that {@code call()} returns an Integer. */
    final class MainThread implements Callable<Integer> {

        private final String[] arguments;

        MainThread(String[] arguments) {
            this.arguments = arguments;
        }

        @Override
        public Integer call() {
            Charset charset = Charset.defaultCharset();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
            return new BenchCommandLine(benchmarks, out, err).run(arguments);
        }
    }
}
