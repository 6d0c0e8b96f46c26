package org.kissdetect.decode.internal;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;
import org.osgi.service.log.Logger;

/**
 * Loads FFmpeg's native libraries once per class loader and routes FFmpeg's log to the OSGi log. Process-wide
 * state (JavaCPP's cache folder, FFmpeg's log callback) lives here and nowhere else. The libraries load on a thread
 * of their own (about a second), started by the first component that activates, so that the framework goes on
 * starting and a command that never decodes never waits for them; the first use waits ({@link #ready()}).
 */
final class FfmpegRuntime {

    static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    private static CompletableFuture<FfmpegLog> loading;

    private FfmpegRuntime() {
    }

    /**
     * Starts making FFmpeg usable. The first caller fixes JavaCPP's cache folder, unless the JVM was started with
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
        if (loading == null) {
            if (System.getProperty(CACHE_DIR_PROPERTY) == null) {
                System.setProperty(CACHE_DIR_PROPERTY, cacheDir.toAbsolutePath().toString());
            }
            CompletableFuture<FfmpegLog> started = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    started.complete(load());
                } catch (Throwable failure) {
                    started.completeExceptionally(failure);
                }
            }, "kissdetect-ffmpeg-load");
            loader.setDaemon(true);
            loader.start();
            loading = started;
        }
        if (logger != null) {
            // Callbacks run in the order they were added: the component started last has the log.
            loading.thenAccept(log -> log.routeTo(logger));
        }
    }

    /**
     * Waits until FFmpeg is usable.
     *
     * @throws IllegalStateException when its native libraries cannot be loaded, or nothing started loading them
     */
    static void ready() {
        CompletableFuture<FfmpegLog> started;
        synchronized (FfmpegRuntime.class) {
            started = loading;
        }
        if (started == null) {
            throw new IllegalStateException("FFmpeg was not started (no decoder or encoder component was made)");
        }
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
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
