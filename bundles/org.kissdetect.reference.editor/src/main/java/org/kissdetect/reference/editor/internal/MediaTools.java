package org.kissdetect.reference.editor.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the editor learns of a movie through the ffmpeg command line: its length and timecode (ffprobe) and
 * thumbnails (ffmpeg); the viewer plays it through ffmpeg too ({@link PlaybackProcess}). Until the decoder service can be asked instead, this is the editor's only native dependency, and an
 * optional one: without it, imported movies have an unknown length and placeholder thumbnails.
 */
final class MediaTools {

    static final int THUMB_WIDTH = 96;
    static final int THUMB_HEIGHT = 54;

    private MediaTools() {
    }

    /**
     * The movie's length in seconds, or {@code NaN} when ffprobe is not installed.
     *
     * @throws IOException when ffprobe cannot read the file as media
     */
    static double durationSeconds(Path movie) throws IOException {
        if (!Files.isRegularFile(movie)) {
            throw new IOException("cannot import " + movie + ": no such file");
        }
        byte[] out;
        try {
            out = run(movie, "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                    "default=nw=1:nk=1", movie.toString());
        } catch (ToolMissing e) {
            return Double.NaN;
        }
        String text = new String(out, StandardCharsets.UTF_8).strip();
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && Double.isFinite(seconds)) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException("cannot import " + movie + ": not a movie with a known length (ffprobe says '" + text + "')");
    }

    /**
     * The movie's frame rate and start timecode.
     *
     * @return what ffprobe says, or {@link MediaTimecode#UNKNOWN} when it is not installed or cannot read the movie
     */
    static MediaTimecode timecode(Path movie) {
        if (movie == null || !Files.isRegularFile(movie)) {
            return MediaTimecode.UNKNOWN;
        }
        try {
            byte[] out = run(movie, "ffprobe", "-v", "error", "-show_entries",
                    "stream=codec_type,r_frame_rate:stream_tags=timecode:format_tags=timecode", "-of", "default=nw=1",
                    movie.toString());
            return MediaTimecode.ofProbe(new String(out, StandardCharsets.UTF_8).lines().toList());
        } catch (IOException | ToolMissing e) {
            return MediaTimecode.UNKNOWN;
        }
    }

    /**
     * Evenly spaced thumbnails: thumbnail {@code i} shows the frame at {@code i * duration / count}.
     *
     * @return the thumbnails, or none when ffmpeg is not installed or cannot read the movie
     */
    static List<BufferedImage> thumbnails(Path movie, double durationSeconds, int count) {
        // The first frame of each interval [i * step, (i + 1) * step): exact, where the fps filter drifts.
        String step = String.format(Locale.ROOT, "%.6f", durationSeconds / count);
        String firstOfEachStep = "select='isnan(prev_selected_t)+gt(floor(t/" + step + "),floor(prev_selected_t/"
                + step + "))'";
        byte[] raw;
        try {
            raw = run(movie, "ffmpeg", "-v", "error", "-i", movie.toString(), "-vf",
                    firstOfEachStep + ",scale=" + THUMB_WIDTH + ":" + THUMB_HEIGHT, "-fps_mode", "passthrough",
                    "-frames:v", Integer.toString(count), "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        } catch (IOException | ToolMissing e) {
            return List.of();
        }
        List<BufferedImage> images = new ArrayList<>();
        int size = THUMB_WIDTH * THUMB_HEIGHT * 3;
        for (int offset = 0; offset + size <= raw.length; offset += size) {
            BufferedImage image = new BufferedImage(THUMB_WIDTH, THUMB_HEIGHT, BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < THUMB_WIDTH * THUMB_HEIGHT; p++) {
                int i = offset + 3 * p;
                image.setRGB(p % THUMB_WIDTH, p / THUMB_WIDTH,
                        (raw[i] & 0xff) << 16 | (raw[i + 1] & 0xff) << 8 | raw[i + 2] & 0xff);
            }
            images.add(image);
        }
        return images;
    }

    private static byte[] run(Path movie, String... command) throws IOException, ToolMissing {
        Process process;
        Path errors = Files.createTempFile("editor-" + command[0], ".log");
        try {
            try {
                process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            } catch (IOException e) {
                throw new ToolMissing();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = process.getInputStream()) {
                in.transferTo(out);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command[0] + " took over a minute on " + movie);
            }
            if (process.exitValue() != 0) {
                throw new IOException("cannot import " + movie + ": " + Files.readString(errors).strip());
            }
            return out.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + movie, e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The command is not installed. */
    private static final class ToolMissing extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
