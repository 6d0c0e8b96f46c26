package org.kissdetect.bench.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark movie encoded the way films are: H.264 with B-frames by x264, through the {@code ffmpeg} command
 * where it has libx264 (GPL, so never part of what ships; the test-media kit cannot make such a stream).
 */
final class X264Movie {

    private X264Movie() {
    }

    static Optional<Path> make(int seconds, PrintWriter out) throws IOException, InterruptedException {
        return make(seconds, 1280, 720, 3, out);
    }

    /** A movie of the given size and video bit rate in Mbit/s; ffmpeg encodes on every core, minutes faster than the kit. */
    static Optional<Path> make(int seconds, int width, int height, int megabits, PrintWriter out)
            throws IOException, InterruptedException {
        Path file = BenchMovies.folder().resolve("x264-v1-" + width + "x" + height + "-" + seconds + "s-" + megabits
                + "000k.mp4");
        if (Files.exists(file)) {
            return Optional.of(file);
        }
        if (!run(180, "ffmpeg", "-hide_banner", "-encoders").contains("libx264")) {
            out.println("The ffmpeg command has no libx264: no x264 movie.");
            return Optional.empty();
        }
        out.printf("Writing %s with ffmpeg and libx264 (once)...%n", file);
        out.flush();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + ".part.mp4");
        run(1800, "ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=25", "-f", "lavfi", "-i", "sine=f=440:sample_rate=48000",
                "-t", Integer.toString(seconds), "-c:v", "libx264", "-preset", "veryfast", "-b:v", megabits + "M",
                "-c:a", "aac", partial.toString());
        Files.move(partial, file);
        return Optional.of(file);
    }

    private static String run(int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new BenchFailure(ExitCodes.FAILED, String.join(" ", command) + " failed: "
                    + new String(output, StandardCharsets.UTF_8).strip());
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
