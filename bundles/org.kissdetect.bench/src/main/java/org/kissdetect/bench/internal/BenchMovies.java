package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;

/** Benchmark movies made by the test-media kit once and kept under {@code ~/.cache/kissdetect/bench}. */
final class BenchMovies {

    private BenchMovies() {
    }

    static Path folder() {
        return CacheRoot.folder("bench");
    }

    static Path of(MovieEncoder encoder, TestMovie movie, PrintWriter out) throws Exception {
        Path folder = folder();
        EncodingSettings s = movie.settings();
        Path file = folder.resolve(String.format(Locale.ROOT, "kit-v1-%dx%d-%ds-%dk%s.mp4", s.width(), s.height(),
                (int) movie.seconds(), s.videoBitRate() / 1000,
                s.videoCodec().equals("h264") ? "" : "-" + s.videoCodec() + "-b" + s.bFrames()));
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            out.printf("Writing %s with the test-media kit (once; minutes for long 1080p movies)...%n", file);
            out.flush();
            TestMedia.write(encoder, file, movie);
        }
        return file;
    }
}
