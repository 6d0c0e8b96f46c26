package org.kissdetect.api.encode;

import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;

/**
 * A movie could not be written: its folder is missing or read-only, the disk is full, the finished file cannot be
 * moved into place. Not a problem of the input: the message reads {@code "cannot write movie.mp4: disk full"}.
 * A {@link MediaException}, so that callers written before it still catch it.
 *
 * @since 1.1
 */
public class MediaWriteException extends MediaException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure to write.
     *
     * @param file      the movie being written
     * @param atSeconds the time in the movie where writing failed, or {@code NaN} when it concerns the whole file
     * @param reason    what is wrong, as a phrase
     * @param cause     the underlying failure, or {@code null}
     */
    public MediaWriteException(Path file, double atSeconds, String reason, Throwable cause) {
        super(file, atSeconds, reason, cause);
    }

    @Override
    public String getMessage() {
        return super.getMessage().replaceFirst("^cannot decode ", "cannot write ");
    }
}
