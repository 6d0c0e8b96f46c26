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
}
