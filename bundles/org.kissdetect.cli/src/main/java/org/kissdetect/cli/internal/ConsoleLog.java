package org.kissdetect.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Prints the framework's log on stderr, one line an entry, from the level named by the framework property
 * {@value #LEVEL} (default {@code WARN}; {@code ERROR}, {@code INFO}, {@code DEBUG} also work). Entries logged
 * before this started (a component that failed to activate at start-up) are printed first.
 */
@Component(immediate = true)
public final class ConsoleLog implements LogListener {

    static final String LEVEL = "kissdetect.log";

    private final LogReaderService reader;
    private final LogLevel threshold;
    private final PrintStream err = System.err;

    @Activate
    public ConsoleLog(BundleContext context, @Reference LogReaderService reader) {
        this.reader = reader;
        this.threshold = parseLevel(context.getProperty(LEVEL));
        List<LogEntry> earlier = new ArrayList<>();
        for (Enumeration<LogEntry> log = reader.getLog(); log.hasMoreElements();) {
            earlier.add(log.nextElement());
        }
        Collections.reverse(earlier);
        earlier.forEach(this::logged);
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (threshold.implies(entry.getLogLevel())) {
            err.println(format(entry));
        }
    }

    static String format(LogEntry entry) {
        String level = entry.getLogLevel().name().toLowerCase(Locale.ROOT);
        String origin = entry.getBundle() == null ? "framework" : entry.getBundle().getSymbolicName();
        Throwable failure = entry.getException();
        String cause = failure == null ? "" : ": " + rootMessage(failure);
        return "kissdetect: " + level + ": " + origin + ": " + entry.getMessage().replace('\n', ' ') + cause;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replace('\n', ' ');
    }

    static LogLevel parseLevel(String name) {
        if (name == null || name.isBlank()) {
            return LogLevel.WARN;
        }
        try {
            return LogLevel.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LogLevel.WARN;
        }
    }
}
