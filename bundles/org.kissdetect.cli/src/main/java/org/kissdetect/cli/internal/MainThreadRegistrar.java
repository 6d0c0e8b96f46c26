package org.kissdetect.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;

import org.kissdetect.common.launch.LauncherMainThread;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Hands the command line to bnd's launcher ({@link LauncherMainThread}): the command's exit code becomes the
 * process's. Only where the framework property {@value #ENABLE} is {@code true} (the headless runtime), so that the
 * bundle can sit in a test framework whose tester owns the main thread.
 */
@Component(immediate = true)
public final class MainThreadRegistrar {

    static final String ENABLE = "kissdetect.cli";
    private static final Duration COMMAND_WAIT = Duration.ofSeconds(15);

    private final CommandRegistry commands;
    private final LauncherMainThread mainThread;

    @Activate
    public MainThreadRegistrar(BundleContext context, @Reference ServiceComponentRuntime runtime)
            throws InvalidSyntaxException {
        this.commands = new CommandRegistry(context, runtime);
        this.mainThread = new LauncherMainThread(context, ENABLE, this::run);
    }

    @Deactivate
    void deactivate() {
        mainThread.close();
        commands.close();
    }

    private Integer run(String[] arguments) {
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
