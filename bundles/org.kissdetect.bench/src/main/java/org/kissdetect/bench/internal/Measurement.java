package org.kissdetect.bench.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one piece of work cost this process: wall and CPU seconds, and its peak resident set (the peak is reset
 * through {@code /proc/self/clear_refs} before the work, so it is this work's peak, not the JVM's lifetime one).
 *
 * @param wallSeconds  how long it took
 * @param cpuSeconds   CPU time of the whole process meanwhile, all threads
 * @param peakRssBytes the highest resident set size during the work
 * @param growthBytes  how far that peak lies above the resident set before the work
 */
record Measurement(double wallSeconds, double cpuSeconds, long peakRssBytes, long growthBytes) {

    interface Work {
        void run() throws Exception;
    }

    static Measurement of(Work work) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        long before = statusKilobytes(Path.of("/proc/self/status"), "VmRSS:") * 1024;
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - start) / 1e9;
        long peak = statusKilobytes(Path.of("/proc/self/status"), "VmHWM:") * 1024;
        return new Measurement(wall, (os.getProcessCpuTime() - cpu) / 1e9, peak, peak - before);
    }

    static long statusKilobytes(Path status, String field) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        throw new IOException("no " + field + " in " + status);
    }
}
