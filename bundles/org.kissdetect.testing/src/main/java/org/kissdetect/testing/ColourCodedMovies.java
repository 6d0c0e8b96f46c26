package org.kissdetect.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Small movies for tests, made with the {@code ffmpeg} command line (installed by {@code scripts/setup}): blocks of
 * plain colour with a 440 Hz tone. Red seconds are "kissing" for the test double; any other colour is not. The one
 * place tests get movies from, until a test-media kit replaces it.
 */
public final class ColourCodedMovies {

    private ColourCodedMovies() {
    }

    /**
     * A 38 s movie with two kissing scenes, seconds 3-12 and 23-34 (ten and twelve seconds), far enough apart that
     * the default segmentation (10 s, 70 %, 0.5) keeps them apart.
     *
     * @param file where to write it
     * @return {@code file}
     * @throws IOException when ffmpeg is missing or fails
     */
    public static Path twoScenes(Path file) throws IOException {
        return write(file, "gray:3", "red:10", "gray:10", "red:12", "gray:3");
    }

    /**
     * Writes an MPEG-4 movie of 160x90 pixels at 10 frames a second.
     *
     * @param file   where to write it
     * @param blocks {@code "colour:seconds"} in order, with ffmpeg colour names: {@code "gray:3", "red:10"}
     * @return {@code file}
     * @throws IOException when ffmpeg is missing or fails
     */
    public static Path write(Path file, String... blocks) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        StringBuilder concat = new StringBuilder();
        int total = 0;
        for (int i = 0; i < blocks.length; i++) {
            String[] parts = blocks[i].split(":");
            int seconds = Integer.parseInt(parts[1]);
            total += seconds;
            command.addAll(List.of("-f", "lavfi", "-i", "color=c=" + parts[0] + ":s=160x90:r=10:d=" + seconds));
            concat.append('[').append(i).append(":v]");
        }
        command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000:duration=" + total,
                "-filter_complex", concat + "concat=n=" + blocks.length + ":v=1:a=0[v]", "-map", "[v]", "-map",
                blocks.length + ":a", "-c:v", "mpeg4", "-q:v", "3", "-c:a", "aac", "-ac", "1", file.toString()));
        run(command, file);
        return file;
    }

    private static void run(List<String> command, Path file) throws IOException {
        Path log = Files.createTempFile("ffmpeg", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffmpeg took over two minutes to write " + file);
            }
            if (process.exitValue() != 0) {
                throw new IOException("ffmpeg could not write " + file + ": " + Files.readString(log).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + file, e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
