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
 * state (JavaCPP's cache folder, FFmpeg's log callback) lives here and nowhere else.
 */
final class FfmpegRuntime {

    static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    private static FfmpegLog log;

    private FfmpegRuntime() {
    }

    /**
     * Makes FFmpeg usable. The first caller fixes JavaCPP's cache folder, unless the JVM was started with
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
        if (log == null) {
            if (System.getProperty(CACHE_DIR_PROPERTY) == null) {
                System.setProperty(CACHE_DIR_PROPERTY, cacheDir.toAbsolutePath().toString());
            }
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
            log = new FfmpegLog();
            avutil.av_log_set_level(avutil.AV_LOG_WARNING);
            avutil.setLogCallback(log);
        }
        if (logger != null) {
            log.routeTo(logger);
        }
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
