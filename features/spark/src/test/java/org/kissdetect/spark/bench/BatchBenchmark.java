package org.kissdetect.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.common.cache.CacheRoot;
import org.kissdetect.common.files.OutputTransaction;
import org.kissdetect.api.train.DemoModel;
import org.kissdetect.api.train.TrainingListener;
import org.kissdetect.spark.internal.EmbeddedRuntime;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;

/**
 * {@code ./kissdetect bench batch [SECONDS] [height=H]}: four generated films of SECONDS each (default 300) through the whole
 * {@code kissdetect batch} command, next to {@code kissdetect detect} on each film one after another, both timed
 * from process start to exit, in this run, with the demo model. Detect's score cache is emptied before each film,
 * so that it scores every second as batch does. Prints film seconds per wall second for each, the per-core rate
 * batch reached, and what that rate means for 600 two-hour films on clusters of several sizes.
 */
public final class BatchBenchmark {

    private static final int FILMS = 4;
    private static final int LIBRARY_FILMS = 600;
    private static final int LIBRARY_FILM_SECONDS = 2 * 3600;

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 300;
        int height = 0;
        for (String arg : args) {
            if (arg.startsWith("height=")) {
                height = Integer.parseInt(arg.substring("height=".length()));
            } else {
                seconds = Integer.parseInt(arg);
            }
        }
        Path launcher = Paths.get(System.getProperty("kissdetect.launcher"));
        Path work = Files.createDirectories(Paths.get(System.getProperty("kissdetect.bench.work")));
        Path library = Files.createDirectories(work.resolve("library"));
        EmbeddedRuntime runtime = EmbeddedRuntime.get();
        Path model = runtime.service(DemoModel.class).ensure(work.resolve("demo-model"), new TrainingListener() {
        }, () -> false);
        MovieEncoder encoder = runtime.service(MovieEncoder.class);
        List<Path> films = new ArrayList<>();
        for (int i = 0; i < FILMS; i++) {
            Path film = library.resolve("film-" + i + "-" + seconds + "s" + (height > 0 ? "-" + height + "p" : "")
                    + ".mp4");
            if (!Files.isRegularFile(film)) {
                System.out.printf("writing %s...%n", film.getFileName());
                if (height > 0) {
                    x264(film, seconds, height, i);
                } else {
                    SyntheticFilm.of(seconds, 100 + i, new SecondSpan(seconds / 4, seconds / 4 + 20))
                            .write(encoder, film);
                }
            }
            films.add(film);
        }
        long filmSeconds = (long) seconds * FILMS;
        int cores = Runtime.getRuntime().availableProcessors();

        List<String> batch = new ArrayList<>(List.of(launcher.toString(), "batch"));
        films.forEach(film -> batch.add(film.toString()));
        Path out = work.resolve("batch-out");
        OutputTransaction.deleteTree(out);
        batch.addAll(List.of("--out", out.toString(), "--model", model.toString()));
        double batchWall = timed(batch, work.resolve("batch.log"));

        double detectWall = 0;
        Path scoreCache = CacheRoot.folder("scores");
        for (Path film : films) {
            OutputTransaction.deleteTree(scoreCache);
            detectWall += timed(List.of(launcher.toString(), "detect", film.toString(), "--model", model.toString(),
                    "--quiet", "--out", work.resolve(film.getFileName() + ".markers.json").toString()),
                    work.resolve("detect.log"));
        }

        double batchRate = filmSeconds / batchWall;
        double detectRate = filmSeconds / detectWall;
        System.out.printf(Locale.ROOT, "%d films of %d s (%d s of %s film), %d cores, the demo model%n", FILMS,
                seconds, filmSeconds, height > 0 ? height + "p x264" : "320x180 synthetic", cores);
        System.out.printf(Locale.ROOT, "kissdetect batch (local[*]):       %8.1f s  %7.2f film s per wall s%n",
                batchWall, batchRate);
        System.out.printf(Locale.ROOT, "kissdetect detect, one by one:      %8.1f s  %7.2f film s per wall s%n",
                detectWall, detectRate);
        System.out.printf(Locale.ROOT, "batch / detect speed:               %8.2f%n", batchRate / detectRate);
        double perCore = batchRate / cores;
        System.out.printf(Locale.ROOT, "batch per executor core:            %8.2f film s per core-second%n", perCore);
        double coreHours = (double) LIBRARY_FILMS * LIBRARY_FILM_SECONDS / perCore / 3600;
        System.out.printf(Locale.ROOT, "%d films of 2 h at that rate: %.0f core-hours; ideal linear scaling:%n",
                LIBRARY_FILMS, coreHours);
        for (int clusterCores : new int[] {2, 16, 64, 256, 1024}) {
            System.out.printf(Locale.ROOT, "  %5d cores: %8.1f h%n", clusterCores, coreHours / clusterCores);
        }
        System.out.println("logs: " + work.resolve("batch.log") + ", " + work.resolve("detect.log"));
        System.exit(0);
    }

    /** A film the ffmpeg command writes: a moving test pattern whose phase differs per film, and a tone. */
    private static void x264(Path film, int seconds, int height, int index) throws IOException, InterruptedException {
        int width = height * 16 / 9 / 2 * 2;
        Path partial = film.resolveSibling(film.getFileName() + ".partial.mp4");
        timed(List.of("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=24,hue=h=" + (index * 40), "-f", "lavfi", "-i",
                "sine=frequency=" + (300 + 100 * index) + ":sample_rate=48000", "-t", Integer.toString(seconds),
                "-c:v", "libx264", "-preset", "veryfast", "-g", "48", "-bf", "2", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-ac", "2", partial.toString()), film.resolveSibling("ffmpeg.log"));
        Files.move(partial, film);
    }

    private static double timed(List<String> command, Path log) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + exit + ": see " + log);
        }
        return wall;
    }
}
