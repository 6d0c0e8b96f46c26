package org.kissdetect.detect.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.kissdetect.api.classify.ModelDescriptor;
import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.decode.StartTimecode;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The per-second probabilities of one movie by one model, as kept on disk: enough to re-segment without
 * running the model, and to tell when the movie or the model has changed since. Fields added after the first
 * version ({@code headTailSha256}, the model's {@code sha256} and {@code threshold}, {@code warnings}) may be absent.
 *
 * @param warnings what the decoder reported while the movie was scored (damage, gaps, an early end); may be null
 */
record ScoreFile(String format, MovieJson movie, ModelJson model, float[] probabilities, List<String> warnings) {

    static final String FORMAT = "kissdetect-scores/1";
    /** The longest film believed: a week. Longer durations are damage or a hostile file. */
    static final int MAX_SECONDS = 7 * 24 * 3600;
    /**
     * The fastest frame rate believed. Cameras stop near 1,000 fps, but a decoder may guess the 90 kHz clock of
     * a damaged file's time base, and scores the pipeline wrote itself must read again.
     */
    static final double MAX_FRAME_RATE = 100_000;
    static final int MAX_PICTURE_SIDE = 1 << 16;
    static final int MAX_WARNINGS = 1000;

    /**
     * @param headTailSha256 see {@link MovieFingerprint}; null in files of the first version
     * @param startTimecode  the timecode the movie's file records for its first frame ({@code HH:MM:SS:FF}, or with
     *                       {@code ;} for drop-frame, at the nominal frame rate); absent when it records none, and in
     *                       older files
     * @param pixelAspect    the pixels' shape, {@code W:H} (reduced); absent in older files
     * @param rotation       the clockwise turn in degrees that shows the pictures upright; absent in older files
     * @param audioChannels  the sound track's channels, 0 when unknown; absent in older files
     * @param shotCuts       the times in seconds of the pictures that begin a shot; absent in older files
     * @param infoVersion    what the decoder reported about the movie when these were written: {@value #INFO_VERSION}
     *                       since start timecodes, pixel shapes, turns and shot cuts are read; absent (null) or lower in older
     *                       files, whose missing fields mean nothing, so the score cache does not believe them
     * @param container      the container as FFmpeg's demuxer names it; absent when not known, and in files written
     *                       before it was kept (those stay believed: the format only tells players what to expect)
     * @param videoCodec     the picture's codec as FFmpeg names it; absent with {@code container}
     * @param audioCodec     the sound's codec as FFmpeg names it; absent without sound or with {@code container}
     */
    record MovieJson(String path, long size, long modifiedMillis, String headTailSha256, double durationSeconds,
            double frameRate, int width, int height, boolean hasAudio,
            @JsonInclude(JsonInclude.Include.NON_NULL) String startTimecode,
            @JsonInclude(JsonInclude.Include.NON_NULL) String pixelAspect,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer rotation,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer audioChannels,
            @JsonInclude(JsonInclude.Include.NON_NULL) double[] shotCuts, Integer infoVersion,
            @JsonInclude(JsonInclude.Include.NON_NULL) String container,
            @JsonInclude(JsonInclude.Include.NON_NULL) String videoCodec,
            @JsonInclude(JsonInclude.Include.NON_NULL) String audioCodec) {

        static final int INFO_VERSION = 4;

        static MovieJson of(MovieFingerprint file, MovieInfo info) {
            PictureGeometry geometry = info.geometry();
            MovieFormat format = info.format();
            return new MovieJson(file.path(), file.size(), file.modifiedMillis(), file.headTailSha256(),
                    info.durationSeconds(), info.frameRate(), info.width(), info.height(), info.hasAudio(),
                    info.startTimecode() == null ? null : info.startTimecode().toString(),
                    geometry.pixelAspectWidth() + ":" + geometry.pixelAspectHeight(), geometry.rotationDegrees(),
                    info.audioChannels(), info.shotCuts().stream().mapToDouble(Double::doubleValue).toArray(),
                    INFO_VERSION, format == null ? null : format.container(),
                    format == null ? null : format.videoCodec(), format == null ? null : format.audioCodec());
        }

        /** @return whether it says all this version's decoder says about a movie */
        boolean current() {
            return infoVersion != null && infoVersion >= INFO_VERSION;
        }

        MovieInfo info() {
            return new MovieInfo(Path.of(path), durationSeconds, frameRate, width, height, hasAudio,
                    startTimecode == null ? null : StartTimecode.parse(startTimecode, nominalRate()), null,
                    geometry(), hasAudio && audioChannels != null ? audioChannels : 0,
                    shotCuts == null ? List.of() : java.util.Arrays.stream(shotCuts).boxed().toList(), format());
        }

        /** @return the format these fields name, or null when they name none (or a damaged one) */
        MovieFormat format() {
            try {
                return container == null || videoCodec == null ? null
                        : new MovieFormat(container, videoCodec, audioCodec);
            } catch (IllegalArgumentException blank) {
                return null;
            }
        }

        /** @return the geometry these fields describe, square and as coded when they say none */
        PictureGeometry geometry() {
            int[] aspect = pixelAspectParts();
            return aspect == null ? PictureGeometry.SQUARE
                    : new PictureGeometry(aspect[0], aspect[1], rotation == null ? 0 : rotation);
        }

        /** @return {@code {W, H}} of a well-formed {@code W:H}, else null */
        int[] pixelAspectParts() {
            if (pixelAspect == null || !pixelAspect.matches("[1-9][0-9]{0,8}:[1-9][0-9]{0,8}")) {
                return null;
            }
            String[] parts = pixelAspect.split(":");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }

        int nominalRate() {
            return (int) Math.round(frameRate);
        }
    }

    /**
     * @param sha256    the model's content (see {@link ScoreKeys#modelContent}); null in files of the first version
     * @param threshold the probability threshold the model's metadata recommends, so that re-segmenting defaults to
     *                  it as detecting does; absent when the model makes no recommendation, and in older files
     */
    record ModelJson(String id, String version, String variant, String device, String sha256,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double threshold) {

        static ModelJson of(ModelDescriptor model, String sha256) {
            return new ModelJson(model.id(), model.version(), model.variant(), model.device(), sha256,
                    model.threshold().isPresent() ? model.threshold().getAsDouble() : null);
        }

        ModelDescriptor descriptor() {
            return new ModelDescriptor(id, version, variant, device,
                    threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold));
        }
    }

    List<String> warningsOrNone() {
        return warnings == null ? List.of() : warnings;
    }

    /**
     * Checks that the file describes a movie that can exist and scores that fit it.
     *
     * @param file the file it was read from, for messages
     * @return this
     * @throws IOException naming the file and the first field at fault
     */
    ScoreFile validate(Path file) throws IOException {
        if (!FORMAT.equals(format) || movie == null || model == null || probabilities == null) {
            throw new IOException(file + " is not a scores file: it needs format \"" + FORMAT
                    + "\", a movie, a model and probabilities");
        }
        check(file, movie.path() != null && isPath(movie.path()), "movie.path", movie.path(), "a file name");
        check(file, Double.isFinite(movie.durationSeconds()) && movie.durationSeconds() >= 0
                && movie.durationSeconds() <= MAX_SECONDS, "movie.durationSeconds", movie.durationSeconds(),
                "a number of seconds from 0 to " + MAX_SECONDS);
        check(file, Double.isFinite(movie.frameRate()) && movie.frameRate() > 0
                && movie.frameRate() <= MAX_FRAME_RATE, "movie.frameRate", movie.frameRate(),
                "frames per second above 0, at most " + (int) MAX_FRAME_RATE);
        check(file, movie.startTimecode() == null || isTimecode(movie.startTimecode(), movie.nominalRate()),
                "movie.startTimecode", movie.startTimecode(), "a timecode HH:MM:SS:FF at the movie's frame rate");
        check(file, movie.pixelAspect() == null || movie.pixelAspectParts() != null, "movie.pixelAspect",
                movie.pixelAspect(), "a pixel aspect ratio W:H of two positive whole numbers");
        check(file, movie.rotation() == null || movie.rotation() % 90 == 0 && movie.rotation() >= 0
                && movie.rotation() < 360, "movie.rotation", movie.rotation(), "0, 90, 180 or 270 degrees");
        check(file, movie.audioChannels() == null || movie.audioChannels() >= 0 && movie.audioChannels() <= 64
                && (movie.hasAudio() || movie.audioChannels() == 0), "movie.audioChannels", movie.audioChannels(),
                "0 to 64 channels, 0 without a sound track");
        check(file, movie.shotCuts() == null || movie.shotCuts().length <= MAX_SECONDS * 10L
                && java.util.Arrays.stream(movie.shotCuts()).allMatch(cut -> cut >= 0 && cut <= MAX_SECONDS),
                "movie.shotCuts", movie.shotCuts() == null ? null : movie.shotCuts().length + " cuts",
                "times in seconds within the movie");
        check(file, movie.width() >= 1 && movie.width() <= MAX_PICTURE_SIDE, "movie.width", movie.width(),
                "pixels from 1 to " + MAX_PICTURE_SIDE);
        check(file, movie.height() >= 1 && movie.height() <= MAX_PICTURE_SIDE, "movie.height", movie.height(),
                "pixels from 1 to " + MAX_PICTURE_SIDE);
        check(file, notBlank(model.id()) && notBlank(model.version()) && model.variant() != null
                && model.device() != null, "model", model, "an id, a version, a variant and a device");
        check(file, model.threshold() == null || model.threshold() > 0 && model.threshold() < 1, "model.threshold",
                model.threshold(), "a probability in (0, 1), or no such field");
        long seconds = (long) Math.floor(movie.durationSeconds());
        if (Math.abs(probabilities.length - seconds) > 1) {
            throw new IOException(file + " is not a valid scores file: probabilities holds " + probabilities.length
                    + " values for a movie of " + movie.durationSeconds() + " s (expected one per complete second: "
                    + seconds + ")");
        }
        for (int second = 0; second < probabilities.length; second++) {
            check(file, probabilities[second] >= 0 && probabilities[second] <= 1, "probabilities[" + second + "]",
                    probabilities[second], "a probability from 0 to 1");
        }
        check(file, warnings == null || warnings.size() <= MAX_WARNINGS && warnings.stream().allMatch(w -> w != null), "warnings",
                warnings == null ? 0 : warnings.size() + " entries", "at most " + MAX_WARNINGS + " sentences");
        return this;
    }

    private static void check(Path file, boolean valid, String field, Object value, String expected)
            throws IOException {
        if (!valid) {
            throw new IOException(file + " is not a valid scores file: " + field + " is " + value + " (expected "
                    + expected + ")");
        }
    }

    private static boolean isTimecode(String text, int framesPerSecond) {
        try {
            StartTimecode.parse(text, framesPerSecond);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean isPath(String path) {
        try {
            return !path.isBlank() && Path.of(path) != null;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
