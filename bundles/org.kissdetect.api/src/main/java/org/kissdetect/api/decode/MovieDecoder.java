package org.kissdetect.api.decode;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns a movie file into one {@link SecondSample} per complete second. Thread-safe: each call opens an
 * independent stream.
 */
@ProviderType
public interface MovieDecoder {

    /**
     * Opens a movie for reading from its start.
     *
     * @param movie the movie file
     * @return a stream of its seconds, to be closed by the caller
     * @throws MediaException when the file is missing, unreadable, not a movie or has no video stream
     */
    SampleStream open(Path movie) throws MediaException;

    /**
     * Opens a movie for reading from its start, delivering with each second the clip a model asks for (see
     * {@link SecondSample#clip()}). The decoder keeps only the frames of one clip, never the film.
     *
     * @param movie the movie file
     * @param clip  the frames wanted with each second
     * @return a stream of its seconds, to be closed by the caller
     * @throws MediaException                when the file is missing, unreadable, not a movie or has no video stream
     * @throws UnsupportedOperationException when this decoder cannot deliver clips (this default)
     * @since 1.1
     */
    default SampleStream open(Path movie, ClipRequest clip) throws MediaException {
        throw new UnsupportedOperationException(getClass().getName() + " cannot deliver clips of frames");
    }
}
