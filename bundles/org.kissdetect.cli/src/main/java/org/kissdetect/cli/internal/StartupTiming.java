package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.SecondObserver;

/**
 * With {@code -Dkissdetect.timing=true}, prints when the first second of a movie was decoded, as wall-clock
 * milliseconds since 1970 (for a benchmark that started the command to subtract its own start) and after the JVM's
 * start: how long start-up kept the film waiting.
 */
final class StartupTiming implements SecondObserver {

    static final String PROPERTY = "kissdetect.timing";

    private final SecondObserver next;
    private final PrintWriter err;
    private final AtomicBoolean printed = new AtomicBoolean();

    private StartupTiming(SecondObserver next, PrintWriter err) {
        this.next = next;
        this.err = err;
    }

    /** @return {@code observer} (perhaps {@code null}), timed when the property asks for it */
    static SecondObserver around(SecondObserver observer, PrintWriter err) {
        return Boolean.getBoolean(PROPERTY) ? new StartupTiming(observer == null ? NONE : observer, err) : observer;
    }

    @Override
    public void decoded(SecondSample second) {
        if (printed.compareAndSet(false, true)) {
            long now = System.currentTimeMillis();
            err.printf("kissdetect: timing: first second decoded at %d ms since 1970, %d ms after the JVM started%n",
                    now, now - ManagementFactory.getRuntimeMXBean().getStartTime());
            err.flush();
        }
        next.decoded(second);
    }
}
