package org.kissdetect.api.encode;

import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;
import org.osgi.annotation.versioning.ProviderType;

/** Writes movie files. Thread-safe: each call creates an independent writer. */
@ProviderType
public interface MovieEncoder {

    /**
     * Starts a movie. Nothing appears under {@code movie} until {@link MovieWriter#finish()} succeeds.
     *
     * @param movie    the file to create; an existing file is replaced only when the writer finishes
     * @param settings the container, codecs, picture size and sound of the movie
     * @return a writer, to be closed by the caller
     * @throws MediaException when the container or a codec cannot be set up, or the folder is not writable
     */
    MovieWriter create(Path movie, EncodingSettings settings) throws MediaException;
}
