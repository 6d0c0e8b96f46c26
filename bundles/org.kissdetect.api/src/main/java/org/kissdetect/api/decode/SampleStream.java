package org.kissdetect.api.decode;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The seconds of one open movie, read once, in order. Not thread-safe: one thread reads a stream.
 *
 * <p>Closing it frees every native resource at once; use it in try-with-resources.
 */
@ProviderType
public interface SampleStream extends AutoCloseable {

    /**
     * Describes the open movie.
     *
     * @return what the decoder learned when it opened the movie
     */
    MovieInfo info();

    /**
     * Decodes up to the end of the next complete second.
     *
     * @return the next second, or empty when the movie has no further complete second
     * @throws MediaException when the movie cannot be decoded any further; the message names the file and the time
     */
    Optional<SecondSample> next() throws MediaException;

    /**
     * Problems that did not stop decoding (damaged packets skipped, a duration that was wrong), one sentence each.
     *
     * @return the warnings so far, oldest first
     */
    List<String> warnings();

    /**
     * The shot cuts among the pictures decoded so far: the times, in seconds from the movie's start, of the
     * pictures that begin a new shot, so that scenes can start and end on them. Read it once the stream is at its
     * end for all of them. The default finds none, as does a decoder that skips pictures.
     *
     * @return the cut times, in order
     * @since 1.3
     */
    default List<Double> shotCuts() {
        return List.of();
    }

    /** Frees the decoder and everything it holds; later calls to {@link #next()} fail. */
    @Override
    void close();
}
