package org.kissdetect.decode.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bytedeco.ffmpeg.avformat.AVIOInterruptCB;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * Bounds how long FFmpeg may wait inside one call (a file on a stalled network share, a named pipe nobody
 * writes): FFmpeg polls the interrupt callback while it waits, and gives up with {@code AVERROR_EXIT} once the
 * deadline passed or the reading thread was interrupted. One native callback serves every open file (JavaCPP
 * can create only a few callbacks); each file is told apart by the number its {@code opaque} pointer holds.
 */
final class Watchdog implements AutoCloseable {

    private static final Map<Long, Watchdog> OPEN = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_ID = new AtomicLong();
    private static Callback callback;

    private final long id = NEXT_ID.incrementAndGet();
    private final LongPointer opaque = new LongPointer(1);
    private final long patienceNanos;
    private volatile long deadline = Long.MAX_VALUE;
    private volatile Thread owner;

    Watchdog(Duration patience) {
        this.patienceNanos = patience.toNanos();
        opaque.put(id);
        OPEN.put(id, this);
    }

    /** Points FFmpeg's interrupt callback of a context at this watchdog. */
    void attach(AVIOInterruptCB interrupt) {
        interrupt.callback(sharedCallback()).opaque(opaque);
    }

    /** Starts the clock for one blocking call on this thread. */
    void arm() {
        owner = Thread.currentThread();
        deadline = System.nanoTime() + patienceNanos;
    }

    boolean expired() {
        Thread thread = owner;
        return System.nanoTime() > deadline || thread != null && thread.isInterrupted();
    }

    @Override
    public void close() {
        OPEN.remove(id);
        opaque.close();
    }

    private static synchronized Callback sharedCallback() {
        if (callback == null) {
            callback = new Callback();
        }
        return callback;
    }

    private static final class Callback extends AVIOInterruptCB.Callback_Pointer {
        @Override
        public int call(Pointer opaque) {
            if (opaque == null || opaque.isNull()) {
                return 0;
            }
            Watchdog watchdog = OPEN.get(new LongPointer(opaque).get());
            return watchdog != null && watchdog.expired() ? 1 : 0;
        }
    }
}
