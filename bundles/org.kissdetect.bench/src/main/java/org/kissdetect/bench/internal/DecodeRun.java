package org.kissdetect.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;

/**
 * One timed decode of a movie: wall seconds, CPU seconds and peak resident memory, either of this process's
 * decoder (peak reset through {@code /proc/self/clear_refs} before the run, so it is this run's peak) or of the
 * {@code ffmpeg} command (times from its own {@code -benchmark}; its peak read from {@code /proc/PID/status}
 * while it runs, because the {@code maxrss} it prints inherits this JVM's peak across {@code exec}).
 *
 * @param wallSeconds   how long the decode took
 * @param cpuSeconds    CPU time used by the whole process meanwhile, all threads
 * @param peakRssBytes  the highest resident set size of the process during the run
 * @param growthBytes   how far that peak lies above the resident set before the run (ffmpeg: its whole peak)
 * @param seconds       complete seconds delivered (for ffmpeg: the film's length)
 */
record DecodeRun(double wallSeconds, double cpuSeconds, long peakRssBytes, long growthBytes, int seconds) {

    private static final Pattern TIMES = Pattern.compile("utime=([\\d.]+)s stime=([\\d.]+)s rtime=([\\d.]+)s");

    static DecodeRun ofDecoder(MovieDecoder decoder, Path movie) throws Exception {
        int[] seconds = {0};
        Measurement cost = Measurement.of(() -> {
            try (SampleStream stream = decoder.open(movie)) {
                for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                    seconds[0]++;
                }
            }
        });
        return new DecodeRun(cost.wallSeconds(), cost.cpuSeconds(), cost.peakRssBytes(), cost.growthBytes(),
                seconds[0]);
    }

    /** {@code ffmpeg -threads 0 -i MOVIE -f null -}, the plain full decode, timed by ffmpeg itself. */
    static DecodeRun ofFfmpeg(Path movie, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-loglevel", "info",
                "-benchmark", "-threads", "0", "-i", movie.toString(), "-f", "null", "-")
                .redirectErrorStream(true).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        CompletableFuture<byte[]> printed = CompletableFuture.supplyAsync(() -> readAll(process));
        long peakKilobytes = 0;
        while (process.isAlive()) {
            try {
                peakKilobytes = Math.max(peakKilobytes, Measurement.statusKilobytes(status, "VmHWM:"));
            } catch (IOException e) {
                break;
            }
            Thread.sleep(10);
        }
        String output = new String(printed.join(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new BenchFailure(ExitCodes.FAILED, "ffmpeg failed on " + movie + ": " + output.strip());
        }
        Matcher times = TIMES.matcher(output);
        if (!times.find()) {
            throw new BenchFailure(ExitCodes.FAILED, "ffmpeg -benchmark printed no figures: " + output.strip());
        }
        return new DecodeRun(Double.parseDouble(times.group(3)),
                Double.parseDouble(times.group(1)) + Double.parseDouble(times.group(2)), peakKilobytes * 1024,
                peakKilobytes * 1024, seconds);
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    double filmSecondsPerWallSecond() {
        return seconds / wallSeconds;
    }

    DecodeRun faster(DecodeRun other) {
        return other == null || wallSeconds <= other.wallSeconds ? this : other;
    }
}
