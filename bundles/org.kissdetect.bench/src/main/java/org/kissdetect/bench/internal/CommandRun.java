package org.kissdetect.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One whole {@code kissdetect detect} command as a user runs it, from the process's start to its exit: wall seconds,
 * the peak resident memory of its Java process (read from {@code /proc/PID/status} of every descendant while it
 * runs), and when it decoded its first second (the command prints it with {@code -Dkissdetect.timing=true}).
 *
 * @param wallSeconds        process start to exit
 * @param peakRssBytes       the highest resident set of any of its processes
 * @param firstSecondMillis  process start to the first decoded second in milliseconds, empty if it did not say
 */
record CommandRun(double wallSeconds, long peakRssBytes, OptionalLong firstSecondMillis) {

    private static final Pattern FIRST_SECOND = Pattern.compile("first second decoded at (\\d+) ms since 1970");

    static CommandRun of(Path launcher, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(launcher.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KISSDETECT_JAVA_OPTS", "-Dkissdetect.timing=true");
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<byte[]> printed = CompletableFuture.supplyAsync(() -> readAll(process));
        long peakKilobytes = 0;
        while (process.isAlive()) {
            peakKilobytes = Math.max(peakKilobytes, peakOfDescendants(process.toHandle()));
            Thread.sleep(10);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String output = new String(printed.join(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new BenchFailure(ExitCodes.FAILED, String.join(" ", command) + " failed (exit "
                    + process.exitValue() + "): " + output.strip());
        }
        Matcher first = FIRST_SECOND.matcher(output);
        OptionalLong firstSecond = first.find() ? OptionalLong.of(Long.parseLong(first.group(1)) - startMillis)
                : OptionalLong.empty();
        return new CommandRun(wall, peakKilobytes << 10, firstSecond);
    }

    private static long peakOfDescendants(ProcessHandle root) {
        long peak = 0;
        for (ProcessHandle process : (Iterable<ProcessHandle>) root.descendants()::iterator) {
            try {
                peak = Math.max(peak, Measurement.statusKilobytes(
                        Path.of("/proc", Long.toString(process.pid()), "status"), "VmHWM:"));
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return peak;
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
