package org.kissdetect.cli.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;

/**
 * One timed decode of a movie: wall seconds, CPU seconds and peak resident memory, either of this process's
 * decoder (peak reset through {@code /proc/self/clear_refs} before the run, so it is this run's peak) or of the
 * {@code ffmpeg} command (its own {@code -benchmark} figures).
 *
 * @param wallSeconds   how long the decode took
 * @param cpuSeconds    CPU time used by the whole process meanwhile, all threads
 * @param peakRssBytes  the highest resident set size during the run
 * @param seconds       complete seconds delivered (for ffmpeg: the film's length)
 */
record DecodeRun(double wallSeconds, double cpuSeconds, long peakRssBytes, int seconds) {

    private static final Pattern TIMES = Pattern.compile("utime=([\\d.]+)s stime=([\\d.]+)s rtime=([\\d.]+)s");
    private static final Pattern MAX_RSS = Pattern.compile("maxrss=(\\d+)\\s*[kK]");

    static DecodeRun ofDecoder(MovieDecoder decoder, Path movie) throws MediaException, IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        int seconds = 0;
        try (SampleStream stream = decoder.open(movie)) {
            for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
                seconds++;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new DecodeRun(wall, (os.getProcessCpuTime() - cpu) / 1e9, statusKilobytes("VmHWM:") * 1024, seconds);
    }

    /** {@code ffmpeg -threads 0 -i MOVIE -f null -}, the plain full decode, timed by ffmpeg itself. */
    static DecodeRun ofFfmpeg(Path movie, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-loglevel", "info",
                "-benchmark", "-threads", "0", "-i", movie.toString(), "-f", "null", "-")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new CommandFailure(ExitCodes.FAILED, "ffmpeg failed on " + movie + ": " + output.strip());
        }
        Matcher times = TIMES.matcher(output);
        Matcher rss = MAX_RSS.matcher(output);
        if (!times.find() || !rss.find()) {
            throw new CommandFailure(ExitCodes.FAILED, "ffmpeg -benchmark printed no figures: " + output.strip());
        }
        return new DecodeRun(Double.parseDouble(times.group(3)),
                Double.parseDouble(times.group(1)) + Double.parseDouble(times.group(2)),
                Long.parseLong(rss.group(1)) * 1024, seconds);
    }

    static long statusKilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        throw new IOException("no " + field + " in /proc/self/status");
    }

    double filmSecondsPerWallSecond() {
        return seconds / wallSeconds;
    }

    DecodeRun faster(DecodeRun other) {
        return other == null || wallSeconds <= other.wallSeconds ? this : other;
    }
}
