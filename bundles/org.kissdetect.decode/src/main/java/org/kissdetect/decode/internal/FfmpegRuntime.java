package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;
import org.osgi.service.log.Logger;

/**
 * Loads FFmpeg's native libraries once per class loader and routes FFmpeg's log to the OSGi log. Process-wide
 * state (JavaCPP's cache folder, FFmpeg's log callback) lives here and nowhere else. The libraries load when a movie
 * is first opened or written ({@link #ready()}), not when a component activates: loading them took about a second of
 * every command's start, also of those that never decode.
 */
final class FfmpegRuntime {

    static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    private static boolean started;
    private static Logger latestLogger;
    private static FfmpegLog log;

    private FfmpegRuntime() {
    }

    /**
     * Prepares FFmpeg's use. The first caller fixes JavaCPP's cache folder, unless the JVM was started with
     * {@code -Dorg.bytedeco.javacpp.cachedir}.
     *
     * <p>FFmpeg has one log for the whole process, so the log goes to the logger of the component started last.
     * Components made outside OSGi (the tests' {@code Standalone}) pass {@code null} and leave the log where it goes: a
     * test kit's encoder made in passing must not silence a decoder's logger (which made the log depend on the
     * order in which a machine's file system lists the test classes).
     *
     * @param cacheDir where JavaCPP extracts the natives
     * @param logger   where FFmpeg's messages go from now on, or {@code null} to leave that as it is
     */
    static synchronized void start(Path cacheDir, Logger logger) {
        if (!started) {
            started = true;
            if (System.getProperty(CACHE_DIR_PROPERTY) == null) {
                System.setProperty(CACHE_DIR_PROPERTY, cacheDir.toAbsolutePath().toString());
            }
        }
        if (logger != null) {
            latestLogger = logger;
            if (log != null) {
                log.routeTo(logger);
            }
        }
    }

    /**
     * Loads FFmpeg's libraries unless they are loaded.
     *
     * @throws IllegalStateException when they cannot be loaded
     */
    static synchronized void ready() {
        if (log == null) {
            log = load();
            if (latestLogger != null) {
                log.routeTo(latestLogger);
            }
        }
    }

    private static FfmpegLog load() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(FfmpegRuntime.class.getClassLoader());
        try {
            Loader.load(avutil.class);
            Loader.load(avcodec.class);
            Loader.load(avformat.class);
            Loader.load(swscale.class);
            Loader.load(swresample.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot load FFmpeg's native libraries (cache folder "
                    + System.getProperty(CACHE_DIR_PROPERTY) + "): " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        FfmpegLog log = new FfmpegLog();
        avutil.av_log_set_level(avutil.AV_LOG_WARNING);
        avutil.setLogCallback(log);
        return log;
    }

    /** Describes an FFmpeg error code in FFmpeg's words. */
    static String describe(int error) {
        byte[] text = new byte[256];
        if (avutil.av_strerror(error, text, text.length) < 0) {
            return "error " + error;
        }
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }
}
