package org.kissdetect.api.decode;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A movie could not be read. The message names the file and, where it applies, the time in the movie:
 * {@code "cannot decode movie.mp4 at 00:01:02.500: truncated packet"}.
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final double atSeconds;
    private final String reason;

    /**
     * A problem with the file as a whole.
     *
     * @param file   the movie
     * @param reason what is wrong, as a phrase
     */
    public MediaException(Path file, String reason) {
        this(file, Double.NaN, reason, null);
    }

    /**
     * A problem at a time in the movie.
     *
     * @param file      the movie
     * @param atSeconds the time in seconds where decoding failed, or {@code NaN} if unknown
     * @param reason    what is wrong, as a phrase
     * @param cause     the underlying failure, or {@code null}
     */
    public MediaException(Path file, double atSeconds, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.atSeconds = atSeconds;
        this.reason = reason;
    }

    /**
     * The movie that could not be read.
     *
     * @return the movie file
     */
    public Path file() {
        return file;
    }

    /**
     * Where in the movie reading failed.
     *
     * @return the time in seconds, or empty when the problem concerns the whole file
     */
    public OptionalDouble atSeconds() {
        return Double.isNaN(atSeconds) ? OptionalDouble.empty() : OptionalDouble.of(atSeconds);
    }

    /**
     * What is wrong, without the file and the time.
     *
     * @return the reason as a phrase
     */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        if (Double.isNaN(atSeconds)) {
            return "cannot decode " + file + ": " + reason;
        }
        long millis = Math.round(atSeconds * 1000);
        return String.format(Locale.ROOT, "cannot decode %s at %02d:%02d:%02d.%03d: %s", file, millis / 3_600_000,
                millis / 60_000 % 60, millis / 1000 % 60, millis % 1000, reason);
    }
}
