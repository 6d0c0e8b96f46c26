package org.kissdetect.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Hands the command line to bnd's launcher: once the launcher has published the arguments, this registers a
 * {@code main.thread} callable whose result becomes the process's exit code.
 *
 * <p>Only where the framework property {@value #ENABLE} is {@code true} (the headless runtime), so that the
 * bundle can sit in a test framework whose tester owns the main thread.
 */
@Component(immediate = true)
public final class MainThreadRegistrar {

    static final String ENABLE = "kissdetect.cli";
    private static final Duration COMMAND_WAIT = Duration.ofSeconds(15);

    private final String[] arguments;
    private final CommandRegistry commands;
    private ServiceRegistration<?> registration;

    @Activate
    public MainThreadRegistrar(BundleContext context,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher,
            @Reference ServiceComponentRuntime runtime) {
        this.arguments = (String[]) launcher.get("launcher.arguments");
        this.commands = new CommandRegistry(context, runtime);
        if (Boolean.parseBoolean(context.getProperty(ENABLE))) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("main.thread", Boolean.TRUE);
            registration = context.registerService(Callable.class, new MainThread(), properties);
        }
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        commands.close();
    }

    /** A named class, not a lambda: the launcher checks by reflection that {@code call()} returns an Integer. */
    final class MainThread implements Callable<Integer> {

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
