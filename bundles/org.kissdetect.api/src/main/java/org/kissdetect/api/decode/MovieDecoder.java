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

    /**
     * Opens a movie so that its first sample is second {@code firstSecond}: every sample it hands out is the one
     * {@link #open(Path)} (or {@link #open(Path, ClipRequest)} with {@code clip}) hands out for that second, the
     * same still, clip and sound, to the last sample value. A decoder that can seek starts early enough for that;
     * this default decodes from the start and drops the seconds before {@code firstSecond}.
     *
     * @param movie       the movie file
     * @param clip        the frames wanted with each second, or {@code null} for none
     * @param firstSecond the first second wanted, 0 or more; past the end the stream is empty
     * @return a stream of its seconds from {@code firstSecond}, to be closed by the caller
     * @throws MediaException when the file is missing, unreadable, not a movie or has no video stream
     * @since 1.5
     */
    default SampleStream openAt(Path movie, ClipRequest clip, int firstSecond) throws MediaException {
        if (firstSecond < 0) {
            throw new IllegalArgumentException("the first second is 0 or later, got " + firstSecond);
        }
        SampleStream stream = clip == null ? open(movie) : open(movie, clip);
        return firstSecond == 0 ? stream : new SkippingSampleStream(stream, firstSecond);
    }
}
