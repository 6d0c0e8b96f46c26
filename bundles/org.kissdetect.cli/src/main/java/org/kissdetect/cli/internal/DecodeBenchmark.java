package org.kissdetect.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench decode [SECONDS [RUNS]]}: the decoding service in exact and fast mode on 720p and 1080p
 * H.264 movies of SECONDS seconds (default 120) made by the test-media kit (cached under
 * {@code ~/.cache/kissdetect/bench}), next to {@code ffmpeg -threads 0 -i FILE -f null -} on the same files in
 * the same run. The three alternate, RUNS times each (default 2); the fastest run of each is reported.
 */
@Component(property = Benchmark.NAME + "=decode")
public final class DecodeBenchmark implements Benchmark {

    private final MovieEncoder encoder;
    private final DecoderModes decoders;

    @Activate
    public DecodeBenchmark(@Reference MovieEncoder encoder, @Reference DecoderModes decoders) {
        this.encoder = encoder;
        this.decoders = decoders;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        int seconds = arguments.isEmpty() ? 120 : positive(arguments.get(0), "seconds");
        int runs = arguments.size() < 2 ? 2 : positive(arguments.get(1), "runs");
        Map<String, Path> movies = new LinkedHashMap<>();
        movies.put("720p", movie(1280, 720, 3_000_000, seconds, out));
        movies.put("1080p", movie(1920, 1080, 6_000_000, seconds, out));
        DecodeRun.ofFfmpeg(movies.get("720p"), seconds);
        for (String mode : List.of("exact", "fast")) {
            DecodeRun.ofDecoder(decoders.decoder(mode), movies.get("720p"));
        }
        out.printf("Decoding %d s H.264 movies (OpenH264, 25 fps, AAC), fastest of %d alternating runs, %d cores%n",
                seconds, runs, Runtime.getRuntime().availableProcessors());
        out.printf("%-6s %-7s %10s %8s %8s %10s %10s%n", "movie", "decoder", "film s/s", "wall s", "CPU s",
                "peak RSS", "vs ffmpeg");
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
        out.println("Targets: fast at least 1.20x ffmpeg's speed; exact at least 0.91x (within 10 %)."
                + " Peak RSS of exact/fast is this whole JVM's.");
        out.flush();
        return ExitCodes.OK;
    }

    private static void row(PrintWriter out, String movie, String decoder, DecodeRun run, DecodeRun baseline) {
        out.printf("%-6s %-7s %10.1f %8.2f %8.2f %8d MB %9.2fx%n", movie, decoder, run.filmSecondsPerWallSecond(),
                run.wallSeconds(), run.cpuSeconds(), run.peakRssBytes() >> 20,
                baseline.wallSeconds() / run.wallSeconds());
        out.flush();
    }

    private Path movie(int width, int height, long bitRate, int seconds, PrintWriter out) throws Exception {
        Path folder = Path.of(System.getProperty("user.home"), ".cache", "kissdetect", "bench");
        Path file = folder.resolve(String.format("kit-v1-%dx%d-%ds-%dk.mp4", width, height, seconds, bitRate / 1000));
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            out.printf("Writing %s with the test-media kit (once; minutes for long 1080p movies)...%n", file);
            out.flush();
            TestMedia.write(encoder, file, TestMovie.small().withSize(width, height).withSeconds(seconds)
                    .withVideoBitRate(bitRate));
        }
        return file;
    }

    private static int positive(String text, String what) {
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw CommandFailure.badInput(what + " must be at least 1, got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw CommandFailure.badInput("'" + text + "' is not a number of " + what);
        }
    }
}
