package org.kissdetect.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code kissdetect bench command [SECONDS [RUNS]]}: the whole {@code kissdetect detect MOVIE} command, as a user
 * runs it (the launcher script, the JVM, the framework, the demo model, process start to exit), divided by
 * {@code ffmpeg -threads 0 -i MOVIE -f null -}, the plain full decode of the same file, measured in the same run. On
 * SECONDS (default 120) of 720p and 1080p H.264 with B-frames as films are encoded (x264 through the ffmpeg command)
 * and of 720p OpenH264 without B-frames (the test-media kit). The two alternate, RUNS times each (default 2); the
 * fastest of each is reported. Each command runs on a movie just touched, so no cached scores are used. Also: when
 * the command decoded its first second (start-up), and its peak resident memory.
 */
@Component(property = "kissdetect.benchmark=command")
public final class CommandBenchmark implements Benchmark {

    static final String LAUNCHER = "kissdetect.launcher";

    private final MovieEncoder encoder;

    @Activate
    public CommandBenchmark(@Reference MovieEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public int run(List<String> arguments, PrintWriter out) throws Exception {
        BenchArguments parsed = BenchArguments.parse(arguments);
        int seconds = parsed.positional(0, 120, "seconds");
        int runs = parsed.positional(1, 2, "runs");
        String launcherPath = System.getProperty(LAUNCHER);
        if (launcherPath == null || !Files.isExecutable(Path.of(launcherPath))) {
            throw BenchFailure.badInput("bench command runs through ./kissdetect (system property " + LAUNCHER
                    + " names it)");
        }
        Map<String, Path> movies = new LinkedHashMap<>();
        X264Movie.make(seconds, 1280, 720, 3, out).ifPresent(file -> movies.put("720p x264 B-frames", file));
        X264Movie.make(seconds, 1920, 1080, 6, out).ifPresent(file -> movies.put("1080p x264 B-frames", file));
        movies.put("720p OpenH264", BenchMovies.of(encoder, TestMovie.small().withSeconds(seconds)
                .withSize(1280, 720).withVideoBitRate(3_000_000), out));
        Path markers = Files.createTempDirectory("bench-command").resolve("markers.json");
        Path launcher = Path.of(launcherPath);
        // Warms the page cache and the kept framework storage, as on a machine where the command ran before.
        command(launcher, movies.values().iterator().next(), markers);

        out.printf("Whole 'kissdetect detect MOVIE' against 'ffmpeg -threads 0 -i MOVIE -f null -', %d s movies,"
                + " demo model, %d cores, fastest of %d runs%n", seconds, Runtime.getRuntime().availableProcessors(),
                runs);
        out.printf("%-22s %10s %10s %8s %14s %10s%n", "movie", "ffmpeg s", "command s", "ratio", "first second s",
                "peak RSS");
        out.flush();
        for (Map.Entry<String, Path> movie : movies.entrySet()) {
            DecodeRun ffmpeg = null;
            CommandRun command = null;
            for (int run = 0; run < runs; run++) {
                ffmpeg = DecodeRun.ofFfmpeg(movie.getValue(), seconds).faster(ffmpeg);
                CommandRun next = command(launcher, movie.getValue(), markers);
                command = command == null || next.wallSeconds() < command.wallSeconds() ? next : command;
            }
            out.printf("%-22s %10.2f %10.2f %8.2f %14s %7d MB%n", movie.getKey(), ffmpeg.wallSeconds(),
                    command.wallSeconds(), command.wallSeconds() / ffmpeg.wallSeconds(),
                    command.firstSecondMillis().isPresent()
                            ? String.format("%.2f", command.firstSecondMillis().getAsLong() / 1000.0) : "?",
                    command.peakRssBytes() >> 20);
            out.flush();
        }
        out.println("Targets: ratio at most 1.1 on the x264 movies with B-frames; first second under 1.5 s;"
                + " peak RSS under 1,536 MB (bench memory follows it along a 3-hour film).");
        try (java.util.stream.Stream<Path> written = Files.list(markers.getParent())) {
            for (Path file : (Iterable<Path>) written::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(markers.getParent());
        return ExitCodes.OK;
    }

    private static CommandRun command(Path launcher, Path movie, Path markers) throws Exception {
        Files.setLastModifiedTime(movie, FileTime.fromMillis(System.currentTimeMillis()));
        return CommandRun.of(launcher, List.of("detect", movie.toString(), "--quiet", "--out", markers.toString()));
    }
}
