package org.kissdetect.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
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
 * Hands the command line to bnd's launcher: once the launcher has published the arguments, this registers a
 * {@code main.thread} callable whose result becomes the process's exit code.
 *
 * <p>Only where the framework property {@value #ENABLE} is {@code true} (the headless runtime), so that the
 * bundle can sit in a test framework whose tester owns the main thread. The launcher's service is tracked, not
 * referenced: the launcher changes its properties when it calls the main thread, and a static reference would
 * restart this component (closing its command registry) in the middle of the command.
 */
@Component(immediate = true)
public final class MainThreadRegistrar {

    static final String ENABLE = "kissdetect.cli";
    private static final String ARGUMENTS = "launcher.arguments";
    private static final Duration COMMAND_WAIT = Duration.ofSeconds(15);

    private final BundleContext context;
    private final CommandRegistry commands;
    private final ServiceTracker<Object, Object> launcher;
    private ServiceRegistration<?> registration;

    @Activate
    public MainThreadRegistrar(BundleContext context, @Reference ServiceComponentRuntime runtime)
            throws InvalidSyntaxException {
        this.context = context;
        this.commands = new CommandRegistry(context, runtime);
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
        commands.close();
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
            List<Subcommand> available;
            try {
                available = commands.awaitCommand(arguments.length > 0 ? arguments[0] : null, COMMAND_WAIT);
            } catch (CommandFailure e) {
                err.println("kissdetect: " + e.getMessage());
                return e.exitCode();
            }
            return new CommandLineRunner(available, out, err).run(arguments);
        }
    }
}
