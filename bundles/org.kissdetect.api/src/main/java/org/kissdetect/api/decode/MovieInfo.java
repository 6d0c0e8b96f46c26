package org.kissdetect.api.decode;

import java.nio.file.Path;
import java.util.List;

/**
 * What a decoder learned about a movie when it opened it.
 *
 * @param file            the movie file
 * @param durationSeconds the duration the container declares, in seconds; it may be wrong, and decoding stops
 *                        where the streams really end
 * @param frameRate       the average video frame rate in frames per second (23.976 is 24000/1001)
 * @param width           the coded picture width in pixels
 * @param height          the coded picture height in pixels
 * @param hasAudio        whether the movie has a sound track
 * @param startTimecode   the timecode of its first frame as the file records it, or {@code null} when it records none
 *                        (then markers count from 00:00:00:00); since 1.2
 * @param hdrTransfer     {@code PQ} (SMPTE ST 2084) or {@code HLG} (ARIB STD-B67) for high-dynamic-range video, whose
 *                        stills a decoder tone-maps to SDR BT.709 (a warning says so); {@code null} for SDR; since
 *                        1.2
 * @param geometry        the pixels' shape and the turn that shows the pictures upright; never null (a {@code null}
 *                        argument means {@link PictureGeometry#SQUARE}); since 1.3
 * @param audioChannels   the channels of the sound track decoded (1 for mono, 6 for 5.1), or 0 when there is none
 *                        or it is not known; since 1.3
 * @param shotCuts        the times in seconds of the pictures that begin a new shot, in order, as decoding found them
 *                        ({@link SampleStream#shotCuts()}); empty before decoding, or where none were looked for;
 *                        never null; since 1.3
 * @param format          the container and codecs, or {@code null} when the decoder did not say (a scores file written
 *                        before 1.4); since 1.4
 */
public record MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height,
        boolean hasAudio, StartTimecode startTimecode, String hdrTransfer, PictureGeometry geometry,
        int audioChannels, List<Double> shotCuts, MovieFormat format) {

    /**
     * A movie whose container and codecs are not known.
     *
     * @param file            the movie file
     * @param durationSeconds the duration the container declares, in seconds
     * @param frameRate       the average video frame rate in frames per second
     * @param width           the coded picture width in pixels
     * @param height          the coded picture height in pixels
     * @param hasAudio        whether the movie has a sound track
     * @param startTimecode   the timecode of its first frame, or {@code null}
     * @param hdrTransfer     {@code PQ}, {@code HLG} or {@code null} for SDR
     * @param geometry        the pixels' shape and turn, or {@code null} for square pixels shown as coded
     * @param audioChannels   the sound track's channels, or 0
     * @param shotCuts        the shot cuts' times in seconds, or {@code null} for none
     */
    public MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height, boolean hasAudio,
            StartTimecode startTimecode, String hdrTransfer, PictureGeometry geometry, int audioChannels,
            List<Double> shotCuts) {
        this(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer, geometry,
                audioChannels, shotCuts, null);
    }

    /**
     * A movie as opened, before decoding has found its shot cuts.
     *
     * @param file            the movie file
     * @param durationSeconds the duration the container declares, in seconds
     * @param frameRate       the average video frame rate in frames per second
     * @param width           the coded picture width in pixels
     * @param height          the coded picture height in pixels
     * @param hasAudio        whether the movie has a sound track
     * @param startTimecode   the timecode of its first frame, or {@code null}
     * @param hdrTransfer     {@code PQ}, {@code HLG} or {@code null} for SDR
     * @param geometry        the pixels' shape and turn, or {@code null} for square pixels shown as coded
     * @param audioChannels   the sound track's channels, or 0
     */
    public MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height, boolean hasAudio,
            StartTimecode startTimecode, String hdrTransfer, PictureGeometry geometry, int audioChannels) {
        this(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer, geometry,
                audioChannels, List.of());
    }

    /**
     * A movie whose sound track's channels are not known.
     *
     * @param file            the movie file
     * @param durationSeconds the duration the container declares, in seconds
     * @param frameRate       the average video frame rate in frames per second
     * @param width           the coded picture width in pixels
     * @param height          the coded picture height in pixels
     * @param hasAudio        whether the movie has a sound track
     * @param startTimecode   the timecode of its first frame, or {@code null}
     * @param hdrTransfer     {@code PQ}, {@code HLG} or {@code null} for SDR
     * @param geometry        the pixels' shape and turn, or {@code null} for square pixels shown as coded
     */
    public MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height, boolean hasAudio,
            StartTimecode startTimecode, String hdrTransfer, PictureGeometry geometry) {
        this(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer, geometry, 0,
                List.of());
    }

    /**
     * A movie of square pixels shown as coded.
     *
     * @param file            the movie file
     * @param durationSeconds the duration the container declares, in seconds
     * @param frameRate       the average video frame rate in frames per second
     * @param width           the coded picture width in pixels
     * @param height          the coded picture height in pixels
     * @param hasAudio        whether the movie has a sound track
     * @param startTimecode   the timecode of its first frame, or {@code null}
     * @param hdrTransfer     {@code PQ}, {@code HLG} or {@code null} for SDR
     */
    public MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height, boolean hasAudio,
            StartTimecode startTimecode, String hdrTransfer) {
        this(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer, null, 0);
    }

    /**
     * An SDR movie.
     *
     * @param file            the movie file
     * @param durationSeconds the duration the container declares, in seconds
     * @param frameRate       the average video frame rate in frames per second
     * @param width           the coded picture width in pixels
     * @param height          the coded picture height in pixels
     * @param hasAudio        whether the movie has a sound track
     * @param startTimecode   the timecode of its first frame, or {@code null}
     */
    public MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height, boolean hasAudio,
            StartTimecode startTimecode) {
        this(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, null);
    }

    /**
     * A movie whose file records no start timecode.
     *
     * @param file            the movie file
     * @param durationSeconds the duration the container declares, in seconds
     * @param frameRate       the average video frame rate in frames per second
     * @param width           the coded picture width in pixels
     * @param height          the coded picture height in pixels
     * @param hasAudio        whether the movie has a sound track
     */
    public MovieInfo(Path file, double durationSeconds, double frameRate, int width, int height, boolean hasAudio) {
        this(file, durationSeconds, frameRate, width, height, hasAudio, null, null);
    }

    /** Checks that the numbers describe a playable video stream. */
    public MovieInfo {
        if (file == null) {
            throw new IllegalArgumentException("a movie needs a file");
        }
        if (!(durationSeconds >= 0) || !(frameRate > 0) || width < 1 || height < 1) {
            throw new IllegalArgumentException("implausible movie " + file + ": " + durationSeconds + " s, "
                    + frameRate + " fps, " + width + "x" + height);
        }
        if (geometry == null) {
            geometry = PictureGeometry.SQUARE;
        }
        shotCuts = shotCuts == null ? List.of() : List.copyOf(shotCuts);
        if (audioChannels < 0 || !hasAudio && audioChannels != 0) {
            throw new IllegalArgumentException(file + " cannot have " + audioChannels + " sound channels"
                    + (hasAudio ? "" : " without a sound track"));
        }
    }

    /**
     * The same movie with the start timecode its file records.
     *
     * @param timecode the timecode of its first frame, or {@code null} for none
     * @return a copy with that start timecode
     * @since 1.2
     */
    public MovieInfo withStartTimecode(StartTimecode timecode) {
        return new MovieInfo(file, durationSeconds, frameRate, width, height, hasAudio, timecode, hdrTransfer,
                geometry, audioChannels, shotCuts, format);
    }

    /**
     * The same movie with another duration, as when decoding ends before or after the container said.
     *
     * @param seconds the duration in seconds
     * @return a copy with that duration
     * @since 1.3
     */
    public MovieInfo withDurationSeconds(double seconds) {
        return new MovieInfo(file, seconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer, geometry,
                audioChannels, shotCuts, format);
    }

    /**
     * The same movie with the pixel shape and turn its file records.
     *
     * @param shown the geometry
     * @return a copy with that geometry
     * @since 1.3
     */
    public MovieInfo withGeometry(PictureGeometry shown) {
        return new MovieInfo(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer,
                shown, audioChannels, shotCuts, format);
    }

    /**
     * The same movie with the shot cuts its decoding found.
     *
     * @param cuts the cut times in seconds, in order
     * @return a copy with those cuts
     * @since 1.3
     */
    public MovieInfo withShotCuts(List<Double> cuts) {
        return new MovieInfo(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer,
                geometry, audioChannels, cuts, format);
    }

    /**
     * The same movie with the container and codecs its file holds.
     *
     * @param stored the format, or {@code null} for unknown
     * @return a copy with that format
     * @since 1.4
     */
    public MovieInfo withFormat(MovieFormat stored) {
        return new MovieInfo(file, durationSeconds, frameRate, width, height, hasAudio, startTimecode, hdrTransfer,
                geometry, audioChannels, shotCuts, stored);
    }

    /**
     * @return the picture's width in its own pixels once shown upright: the coded height for a quarter turn
     * @since 1.3
     */
    public int uprightWidth() {
        return geometry.quarterTurned() ? height : width;
    }

    /**
     * @return the picture's height in its own pixels once shown upright: the coded width for a quarter turn
     * @since 1.3
     */
    public int uprightHeight() {
        return geometry.quarterTurned() ? width : height;
    }

    /**
     * The number of complete seconds the container declares, {@code floor(durationSeconds)}.
     *
     * @return the number of samples a decoder is expected to deliver
     */
    public int completeSeconds() {
        return (int) Math.floor(durationSeconds);
    }
}
