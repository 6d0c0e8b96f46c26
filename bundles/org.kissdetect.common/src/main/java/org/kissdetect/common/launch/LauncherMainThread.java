package org.kissdetect.common.launch;

import java.util.Hashtable;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * bnd's launcher handshake: once the launcher has published the command line ({@value #ARGUMENTS}), a
 * {@code main.thread} callable is registered that runs a program on the arguments and whose result becomes the
 * process's exit code.
 *
 * <p>Only where a framework property is {@code true}, so that a bundle using it can sit in a test framework whose
 * tester owns the main thread. The launcher's service is tracked, not referenced: the launcher changes its properties
 * when it calls the main thread, and a static reference would restart the component in the middle of the program.
 */
public final class LauncherMainThread implements AutoCloseable {

    static final String ARGUMENTS = "launcher.arguments";

    private final BundleContext context;
    private final Function<String[], Integer> program;
    private final ServiceTracker<Object, Object> launcher;
    private ServiceRegistration<?> registration;

    /**
     * Starts waiting for the launcher's arguments when {@code enableProperty} is {@code true}.
     *
     * @param context        the context to register the main thread in
     * @param enableProperty the framework property that enables it
     * @param program        run on the arguments in the main thread; its result is the exit code
     * @throws InvalidSyntaxException never: the filter is fixed
     */
    public LauncherMainThread(BundleContext context, String enableProperty, Function<String[], Integer> program)
            throws InvalidSyntaxException {
        this.context = context;
        this.program = program;
        this.launcher = new ServiceTracker<>(context, FrameworkUtil.createFilter("(" + ARGUMENTS + "=*)"), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                register(reference.getProperty(ARGUMENTS));
                return reference;
            }
        };
        if (Boolean.parseBoolean(context.getProperty(enableProperty))) {
            launcher.open();
        }
    }

    private synchronized void register(Object arguments) {
        if (registration == null && arguments instanceof String[] args) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("main.thread", Boolean.TRUE);
            registration = context.registerService(Callable.class, new MainThread(program, args.clone()), properties);
        }
    }

    /** Stops waiting and withdraws the main thread. */
    @Override
    public synchronized void close() {
        launcher.close();
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    /** A named class, not a lambda: the launcher checks by reflection that {@code call()} returns an Integer. */
    static final class MainThread implements Callable<Integer> {

        private final Function<String[], Integer> program;
        private final String[] arguments;

        MainThread(Function<String[], Integer> program, String[] arguments) {
            this.program = program;
            this.arguments = arguments;
        }

        @Override
        public Integer call() {
            return program.apply(arguments);
        }
    }
}
