package org.kissdetect.testing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieInfo;

/** Reads a movie with the ffmpeg command line: its size and rate, and the mean colour of each second. */
final class ColourProbe {

    private ColourProbe() {
    }

    static MovieInfo info(Path movie) throws MediaException {
        if (!Files.isRegularFile(movie)) {
            throw new MediaException(movie, "no such file");
        }
        String text = new String(run(movie, "ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=width,height,avg_frame_rate:format=duration", "-of", "default=nw=1", movie.toString()),
                StandardCharsets.UTF_8);
        Map<String, String> values = new HashMap<>();
        text.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2).forEach(kv -> values.put(kv[0], kv[1]));
        try {
            String[] rate = values.get("avg_frame_rate").split("/");
            return new MovieInfo(movie, Double.parseDouble(values.get("duration")),
                    Double.parseDouble(rate[0]) / Double.parseDouble(rate[1]), Integer.parseInt(values.get("width")),
                    Integer.parseInt(values.get("height")), true);
        } catch (RuntimeException e) {
            throw new MediaException(movie, Double.NaN, "no video stream ffprobe can describe: " + text.strip(), e);
        }
    }

    /** The mean RGB of the frame at the start of each second, three bytes per second. */
    static byte[] secondColours(Path movie) throws MediaException {
        return run(movie, "ffmpeg", "-v", "error", "-i", movie.toString(), "-vf", "fps=1,scale=1:1:flags=area", "-f",
                "rawvideo", "-pix_fmt", "rgb24", "-");
    }

    static byte[] run(Path movie, String... command) throws MediaException {
        try {
            Path errors = Files.createTempFile("colour-probe", ".log");
            try {
                Process process = new ProcessBuilder(List.of(command)).redirectError(errors.toFile()).start();
                byte[] out;
                try (InputStream in = process.getInputStream()) {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    in.transferTo(buffer);
                    out = buffer.toByteArray();
                }
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new MediaException(movie, command[0] + " failed: " + Files.readString(errors).strip());
                }
                return out;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new MediaException(movie, Double.NaN, "cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException(movie, Double.NaN, "interrupted", e);
        }
    }
}
