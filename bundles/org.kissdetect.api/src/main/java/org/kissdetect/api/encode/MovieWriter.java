package org.kissdetect.api.encode;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One movie being written. Pictures and sound carry explicit presentation times, so a movie may have a
 * variable frame rate, sound that starts late or has gaps. Not thread-safe.
 *
 * <p>The movie appears under its name only when {@link #finish()} succeeds. Closing a writer that was not
 * finished (an exception, a forgotten call) discards everything: no half-written file is ever left behind.
 * Use it in try-with-resources and call {@code finish()} as the last statement of the block.
 */
@ProviderType
public interface MovieWriter extends AutoCloseable {

    /**
     * Adds a picture, shown from {@code seconds} until the next one.
     *
     * @param picture an image of exactly the size in the settings
     * @param seconds its presentation time, later than the previous picture's
     * @throws MediaException           when encoding or writing fails
     * @throws IllegalArgumentException when the size is wrong or the time does not increase
     * @throws IllegalStateException    when the movie has no video, or the writer was finished or closed
     */
    void writeFrame(RgbImage picture, double seconds) throws MediaException;

    /**
     * Adds sound. Sound that starts after the end of the previous call leaves a gap in the track (silence for a
     * player), it is not shifted.
     *
     * @param mono         samples in {@code [-1, 1]} at the settings' sample rate
     * @param startSeconds the presentation time of the first sample, not before the end of the previous call
     * @throws MediaException           when encoding or writing fails
     * @throws IllegalArgumentException when the time overlaps sound already written
     * @throws IllegalStateException    when the movie has no sound, or the writer was finished or closed
     */
    void writeAudio(float[] mono, double startSeconds) throws MediaException;

    /**
     * Flushes the encoders, completes the file and moves it atomically to its final name.
     *
     * @throws MediaException when the file cannot be completed; nothing is left under the final name then
     */
    void finish() throws MediaException;

    /** Frees every native resource; discards the movie unless {@link #finish()} succeeded. */
    @Override
    void close();
}
