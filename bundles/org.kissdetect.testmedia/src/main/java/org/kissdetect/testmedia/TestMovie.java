package org.kissdetect.testmedia;

import java.util.Arrays;

import org.kissdetect.api.decode.StartTimecode;
import org.kissdetect.api.encode.EncodingSettings;

/**
 * A test movie: how it is written, and what a decoder must find in it. Start from {@link #small()} and change
 * what a test needs with the {@code with...} methods.
 *
 * <p>Pictures come at {@code n / frameRate} (or, with a variable frame rate, at irregular times on a 1 ms grid),
 * frame {@code n} carrying the code {@code n}; sound is {@link Tones} from {@code audioStartSeconds} to the end.
 *
 * @param settings          the container, codecs, size, frame rate and sample rate
 * @param seconds           how long the movie lasts
 * @param audioStartSeconds when the sound track starts (later than 0 for a late start)
 * @param frameLimit        at most this many pictures (for a one-frame movie), or 0 for no limit
 * @param gapFrom           start of a span without pictures, or {@code NaN} for none
 * @param gapTo             end of that span
 */
public record TestMovie(EncodingSettings settings, double seconds, double audioStartSeconds, int frameLimit,
        double gapFrom, double gapTo) {

    /** The sample rate at which decoders deliver sound, and at which {@link #expectedOnset(int)} counts. */
    public static final int DECODED_RATE = 16_000;
    /** Where the sound window of a second starts, after the start of the second. */
    public static final double WINDOW_START = 0.04;

    private static final double[] VARIABLE_STEPS = {0.5, 1.5, 1.0, 2.0, 0.75, 1.25};

    /** Checks the times. */
    public TestMovie {
        if (!(seconds > 0) || !(audioStartSeconds >= 0) || frameLimit < 0) {
            throw new IllegalArgumentException("a test movie needs a positive length, a sound start of at least 0"
                    + " and a frame limit of at least 0, got " + seconds + ", " + audioStartSeconds + ", " + frameLimit);
        }
    }

    /**
     * A 3-second 160 x 90 H.264 MP4 at 25 fps with 48 kHz sound from the start.
     *
     * @return the movie most tests start from
     */
    public static TestMovie small() {
        return new TestMovie(new EncodingSettings("mp4", "h264", 160, 90, 25, false, 0, 48_000, false, 0), 3, 0, 0,
                Double.NaN, Double.NaN);
    }

    /** @return this movie in another container ({@code mp4}, {@code mkv}, {@code mov}, {@code avi}, {@code ts}) */
    public TestMovie withContainer(String container) {
        return with(container, s().videoCodec(), s().width(), s().height(), s().frameRate(), s().variableFrameRate(),
                s().audioSampleRate(), s().indexAtFront());
    }

    /** @return this movie with another video codec ({@code h264}, {@code mpeg4}, {@code none}) */
    public TestMovie withVideoCodec(String codec) {
        return with(s().container(), codec, s().width(), s().height(), s().frameRate(), s().variableFrameRate(),
                s().audioSampleRate(), s().indexAtFront());
    }

    /** @return this movie at another picture size */
    public TestMovie withSize(int width, int height) {
        return with(s().container(), s().videoCodec(), width, height, s().frameRate(), s().variableFrameRate(),
                s().audioSampleRate(), s().indexAtFront());
    }

    /** @return this movie at another constant frame rate (24000.0 / 1001 for 23.976) */
    public TestMovie withFrameRate(double frameRate) {
        return with(s().container(), s().videoCodec(), s().width(), s().height(), frameRate, false,
                s().audioSampleRate(), s().indexAtFront());
    }

    /** @return this movie with pictures at irregular intervals around {@code 1 / frameRate} */
    public TestMovie withVariableFrameRate() {
        return with(s().container(), s().videoCodec(), s().width(), s().height(), s().frameRate(), true,
                s().audioSampleRate(), s().indexAtFront());
    }

    /** @return this movie without a sound track */
    public TestMovie withoutAudio() {
        return with(s().container(), s().videoCodec(), s().width(), s().height(), s().frameRate(),
                s().variableFrameRate(), 0, s().indexAtFront());
    }

    /** @return this movie without pictures (a sound-only file) */
    public TestMovie withoutVideo() {
        return withVideoCodec("none");
    }

    /** @return this movie with its MP4/MOV index written before the media data (or after it) */
    public TestMovie withIndexAtFront(boolean front) {
        return with(s().container(), s().videoCodec(), s().width(), s().height(), s().frameRate(),
                s().variableFrameRate(), s().audioSampleRate(), front);
    }

    /** @return this movie with {@code count} B-frames in a row (MPEG-4 video only) */
    public TestMovie withBFrames(int count) {
        EncodingSettings s = s();
        return new TestMovie(new EncodingSettings(s.container(), s.videoCodec(), s.width(), s.height(),
                s.frameRate(), s.variableFrameRate(), s.videoBitRate(), s.audioSampleRate(), s.indexAtFront(), count)
                .withStartTimecode(s.startTimecode()),
                seconds, audioStartSeconds, frameLimit, gapFrom, gapTo);
    }

    /** @return this movie with video encoded at {@code bitsPerSecond} */
    public TestMovie withVideoBitRate(long bitsPerSecond) {
        EncodingSettings s = s();
        return new TestMovie(new EncodingSettings(s.container(), s.videoCodec(), s.width(), s.height(),
                s.frameRate(), s.variableFrameRate(), bitsPerSecond, s.audioSampleRate(), s.indexAtFront(),
                s.bFrames()).withStartTimecode(s.startTimecode()),
                seconds, audioStartSeconds, frameLimit, gapFrom, gapTo);
    }

    /**
     * @param timecode the timecode its first frame records, at its nominal frame rate (set the frame rate first)
     * @return this movie with that start timecode
     */
    public TestMovie withStartTimecode(String timecode) {
        return new TestMovie(settings.withStartTimecode(StartTimecode.parse(timecode,
                (int) Math.round(settings.frameRate()))), seconds, audioStartSeconds, frameLimit, gapFrom, gapTo);
    }

    /** @return this movie lasting {@code length} seconds */
    public TestMovie withSeconds(double length) {
        return new TestMovie(settings, length, audioStartSeconds, frameLimit, gapFrom, gapTo);
    }

    /** @return this movie with sound starting at {@code start} seconds */
    public TestMovie withAudioFrom(double start) {
        return new TestMovie(settings, seconds, start, frameLimit, gapFrom, gapTo);
    }

    /** @return this movie with only its first {@code count} pictures */
    public TestMovie withFrameLimit(int count) {
        return new TestMovie(settings, seconds, audioStartSeconds, count, gapFrom, gapTo);
    }

    /** @return this movie with no picture in {@code [from, to)} (the previous one stays on screen) */
    public TestMovie withPictureGap(double from, double to) {
        return new TestMovie(settings, seconds, audioStartSeconds, frameLimit, from, to);
    }

    /**
     * The presentation times of the pictures, as the container stores them (Matroska keeps milliseconds).
     *
     * @return one time per picture, in order; frame {@code n} carries code {@code n}
     */
    public double[] frameTimes() {
        if (!settings.hasVideo()) {
            return new double[0];
        }
        double[] times = new double[(int) Math.ceil(seconds * settings.frameRate() * 2) + 2];
        int count = 0;
        double t = 0;
        for (int n = 0; t < seconds - 1e-9 && (frameLimit == 0 || count < frameLimit); n++) {
            if (!(t >= gapFrom && t < gapTo)) {
                times[count++] = stored(t);
            }
            t = settings.variableFrameRate()
                    ? Math.round((t + VARIABLE_STEPS[n % VARIABLE_STEPS.length] / settings.frameRate()) * 1000) / 1000.0
                    : (n + 1) / settings.frameRate();
        }
        return Arrays.copyOf(times, count);
    }

    /**
     * What a decoder must deliver as second {@code k}'s still.
     *
     * @param second the index k
     * @return the last picture shown in {@code [k, k + 1)}, or the one before when the second has none of its own
     */
    public ExpectedStill expectedStill(int second) {
        double[] times = frameTimes();
        int last = -1;
        for (int n = 0; n < times.length && times[n] < second + 1; n++) {
            last = n;
        }
        if (last < 0) {
            return new ExpectedStill(0, times.length == 0 ? Double.NaN : times[0], true);
        }
        return new ExpectedStill(last, times[last], times[last] < second);
    }

    /**
     * Where the tone of second {@code k} starts in its decoded window {@code [k + 0.04, k + 1)}.
     *
     * @param second the index k
     * @return the sample index at {@value #DECODED_RATE} Hz, or -1 when the second has no sound
     */
    public int expectedOnset(int second) {
        if (!settings.hasAudio() || audioStartSeconds >= second + 1) {
            return -1;
        }
        double onset = Math.max(second + Tones.ONSET_SECONDS, audioStartSeconds);
        return (int) Math.round((onset - second - WINDOW_START) * DECODED_RATE);
    }

    /** @return whether second {@code k} has no sound at all */
    public boolean expectedAudioMissing(int second) {
        return expectedOnset(second) < 0;
    }

    /** @return the number of complete seconds a decoder must deliver */
    public int completeSeconds() {
        double[] times = frameTimes();
        double videoEnd = times.length == 0 ? 0 : times[times.length - 1] + 1 / settings.frameRate();
        double audioEnd = settings.hasAudio() ? seconds : 0;
        return (int) Math.floor(Math.max(videoEnd, audioEnd) + 1e-3);
    }

    private double stored(double t) {
        return settings.container().equals("mkv") ? Math.round(t * 1000) / 1000.0 : t;
    }

    private EncodingSettings s() {
        return settings;
    }

    private TestMovie with(String container, String codec, int width, int height, double frameRate,
            boolean variable, int sampleRate, boolean indexAtFront) {
        return new TestMovie(new EncodingSettings(container, codec, width, height, frameRate, variable,
                s().videoBitRate(), sampleRate, indexAtFront, codec.equals("mpeg4") ? s().bFrames() : 0)
                .withStartTimecode(s().startTimecode()), seconds,
                audioStartSeconds, frameLimit, gapFrom, gapTo);
    }

    /**
     * The still a decoder must deliver for a second.
     *
     * @param frame   the frame number its code carries
     * @param seconds its presentation time
     * @param reused  whether it belongs to an earlier second
     */
    public record ExpectedStill(int frame, double seconds, boolean reused) {
    }
}
