package org.kissdetect.reference.editor.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The ffmpeg command lines of the viewer. Seeking is an input option ({@code -ss} before {@code -i}): fast, and
 * exact since ffmpeg decodes from the key frame before and drops what precedes the time. Errors go nowhere
 * ({@code -v error}, stderr discarded): a process that shows nothing says enough.
 */
final class PlaybackCommands {

    private PlaybackCommands() {
    }

    /** @return the ffmpeg command that writes the pictures from {@code from} on, at a steady rate, letterboxed */
    static List<String> video(Path movie, double from, int width, int height, double fps) {
        return List.of("ffmpeg", "-nostdin", "-v", "error", "-ss", seconds(from), "-i", movie.toString(), "-an",
                "-sn", "-vf", fitted(width, height) + ",fps=" + seconds(fps), "-f", "rawvideo", "-pix_fmt", "bgr24",
                "pipe:1");
    }

    /** @return the ffmpeg command that writes the sound from {@code from} on */
    static List<String> audio(Path movie, double from) {
        return List.of("ffmpeg", "-nostdin", "-v", "error", "-ss", seconds(from), "-i", movie.toString(), "-vn",
                "-sn", "-f", "s16le", "-ac", "2", "-ar", Integer.toString(AudioOut.RATE), "pipe:1");
    }

    /** @return the ffmpeg command that writes the one picture shown at {@code at} */
    static List<String> still(Path movie, double at, int width, int height) {
        return List.of("ffmpeg", "-nostdin", "-v", "error", "-ss", seconds(at), "-i", movie.toString(), "-an", "-sn",
                "-frames:v", "1", "-vf", fitted(width, height), "-f", "rawvideo", "-pix_fmt", "bgr24", "pipe:1");
    }

    /** Scaled to fit the viewer, the picture's shape kept, black bars filling the rest. */
    private static String fitted(int width, int height) {
        return "scale=" + width + ":" + height + ":force_original_aspect_ratio=decrease,pad=" + width + ":" + height
                + ":(ow-iw)/2:(oh-ih)/2,setsar=1";
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
