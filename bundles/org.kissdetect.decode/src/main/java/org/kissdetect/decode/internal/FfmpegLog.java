package org.kissdetect.decode.internal;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.osgi.service.log.Logger;

/**
 * FFmpeg's log lines, into the OSGi log. A damaged file makes FFmpeg complain once per broken packet, thousands of
 * times: decoders report damage to their callers as warnings, so FFmpeg's errors go to INFO and its warnings to
 * DEBUG, and at most {@value #BURST} lines per {@value #WINDOW_SECONDS} s pass at all. Only fatal messages are
 * logged as errors.
 */
final class FfmpegLog extends LogCallback {

    static final int BURST = 50;
    static final int WINDOW_SECONDS = 10;

    private volatile Logger logger;
    private boolean windowOpen;
    private long windowStart;
    private int inWindow;
    private int suppressed;

    /**
     * Sends the messages from now on to {@code target}, with a fresh allowance: one logger's flood does not
     * silence the next.
     */
    synchronized void routeTo(Logger target) {
        if (target == logger) {
            return;
        }
        Logger previous = logger;
        if (previous != null && suppressed > 0) {
            previous.info("FFmpeg: {} further messages were not logged", suppressed);
        }
        windowOpen = false;
        suppressed = 0;
        logger = target;
    }

    @Override
    public void call(int level, BytePointer message) {
        if (logger == null || message == null || message.isNull()) {
            return;
        }
        String text = message.getString().strip();
        if (!text.isEmpty()) {
            log(level, text, System.nanoTime());
        }
    }

    synchronized void log(int level, String text, long now) {
        Logger target = logger;
        if (target == null) {
            return;
        }
        if (!windowOpen || now - windowStart > WINDOW_SECONDS * 1_000_000_000L) {
            windowOpen = true;
            if (suppressed > 0) {
                target.info("FFmpeg: {} further messages were not logged", suppressed);
            }
            windowStart = now;
            inWindow = 0;
            suppressed = 0;
        }
        if (++inWindow > BURST && level > avutil.AV_LOG_FATAL) {
            suppressed++;
            return;
        }
        if (level <= avutil.AV_LOG_FATAL) {
            target.error("FFmpeg: {}", text);
        } else if (level <= avutil.AV_LOG_ERROR) {
            target.info("FFmpeg: {}", text);
        } else {
            target.debug("FFmpeg: {}", text);
        }
    }
}
