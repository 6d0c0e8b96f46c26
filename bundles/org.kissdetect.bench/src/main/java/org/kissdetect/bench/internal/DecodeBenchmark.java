package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench decode [SECONDS [RUNS]]}: the decoding service in exact and fast mode on 720p and 1080p
 * H.264 movies of SECONDS seconds (default 120) made by the test-media kit (cached under
 * {@code ~/.cache/kissdetect/bench}), next to {@code ffmpeg -threads 0 -i FILE -f null -} on the same files in
 * the same run. The three alternate, RUNS times each (default 2); the fastest run of each is reported.
 *
 * <p>A third movie, 720p MPEG-4 Part 2 with two B-frames in a row, shows what the fast mode skips: OpenH264 (the
 * only H.264 encoder of the LGPL FFmpeg build) makes no frames that nothing refers to, so on its movies the fast
 * mode has nothing to skip. Where the {@code ffmpeg} command has libx264 (Debian's does), a fourth movie is made
 * with it, as films are encoded: H.264 with B-frames ({@code testsrc2} pictures, {@code -preset veryfast}).
 */
@Component(property = "kissdetect.benchmark=decode")
public final class DecodeBenchmark implements Benchmark {

    private final MovieEncoder encoder;
    private final DecoderModes decoders;

    @Activate
    public DecodeBenchmark(BundleContext context, @Reference MovieEncoder encoder) {
        this.encoder = encoder;
        this.decoders = new DecoderModes(context);
    }

    @Deactivate
    void deactivate() {
        decoders.close();
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        BenchArguments parsed = BenchArguments.parse(arguments);
        int seconds = parsed.positional(0, 120, "seconds");
        int runs = parsed.positional(1, 2, "runs");
        Map<String, Path> movies = new LinkedHashMap<>();
        TestMovie kit = TestMovie.small().withSeconds(seconds);
        movies.put("720p", BenchMovies.of(encoder, kit.withSize(1280, 720).withVideoBitRate(3_000_000), out));
        movies.put("1080p", BenchMovies.of(encoder, kit.withSize(1920, 1080).withVideoBitRate(6_000_000), out));
        movies.put("720p-B", BenchMovies.of(encoder,
                kit.withSize(1280, 720).withVideoBitRate(3_000_000).withVideoCodec("mpeg4").withBFrames(2), out));
        X264Movie.make(seconds, out).ifPresent(file -> movies.put("720p-x264", file));
        DecodeRun.ofFfmpeg(movies.get("720p"), seconds);
        for (String mode : List.of("exact", "fast")) {
            DecodeRun.ofDecoder(decoders.decoder(mode), movies.get("720p"));
        }
        out.printf("Decoding %d s movies (25 fps, AAC; 720p and 1080p H.264 by OpenH264, 720p-B MPEG-4 Part 2 with"
                + " B-frames, 720p-x264 H.264 with B-frames), fastest of %d alternating runs, %d cores%n", seconds,
                runs, Runtime.getRuntime().availableProcessors());
        out.printf("%-9s %-7s %9s %8s %8s %10s %10s %10s%n", "movie", "decoder", "film s/s", "wall s", "CPU s",
                "peak RSS", "growth", "vs ffmpeg");
        for (Map.Entry<String, Path> movie : movies.entrySet()) {
            DecodeRun ffmpeg = null;
            DecodeRun exact = null;
            DecodeRun fast = null;
            for (int run = 0; run < runs; run++) {
                ffmpeg = DecodeRun.ofFfmpeg(movie.getValue(), seconds).faster(ffmpeg);
                exact = DecodeRun.ofDecoder(decoders.decoder("exact"), movie.getValue()).faster(exact);
                fast = DecodeRun.ofDecoder(decoders.decoder("fast"), movie.getValue()).faster(fast);
            }
            row(out, movie.getKey(), "ffmpeg", ffmpeg, ffmpeg);
            row(out, movie.getKey(), "exact", exact, ffmpeg);
            row(out, movie.getKey(), "fast", fast, ffmpeg);
        }
        out.println("Targets: fast at least 1.20x ffmpeg's speed; exact at least 0.91x (within 10 %). Peak RSS of"
                + " exact/fast is this whole JVM's; growth is its rise during the decode (ffmpeg: its whole peak).");
        out.flush();
        return ExitCodes.OK;
    }

    private static void row(PrintWriter out, String movie, String decoder, DecodeRun run, DecodeRun baseline) {
        out.printf("%-9s %-7s %9.1f %8.2f %8.2f %7d MB %7d MB %9.2fx%n", movie, decoder,
                run.filmSecondsPerWallSecond(), run.wallSeconds(), run.cpuSeconds(), run.peakRssBytes() >> 20,
                run.growthBytes() >> 20, baseline.wallSeconds() / run.wallSeconds());
        out.flush();
    }
}
