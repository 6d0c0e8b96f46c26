package org.kissdetect.decode.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SecondSample;

/**
 * Decides when a second is complete and what it holds. Second {@code k} is handed out once both streams have
 * passed {@code k + 1} (or ended, or the file has moved on more than {@value #INTERLEAVE_SECONDS} s without them,
 * which keeps memory bounded when one stream stops early); its still is the last picture in {@code [k, k + 1)},
 * else the previous second's, flagged as reused. A still comes with its clip (empty without a clip request), which
 * a reused still brings along.
 */
final class SecondAssembler {

    /** How far the file may run ahead of a silent or pictureless stream before its seconds are handed out. */
    static final double INTERLEAVE_SECONDS = 10;
    /**
     * How far the file may run ahead while the video decoder still holds pictures (frame threads and reordering
     * keep a few until the next packet comes, which after a gap in the pictures may be minutes later): the last
     * pictures before such a gap belong to their seconds. Still bounded: 60 s of sound is 3.8 MB.
     */
    static final double HELD_PICTURES_SECONDS = 60;

    private record Still(RgbImage image, List<RgbImage> clip, double seconds) {
    }

    private final AudioWindows audio;
    private final TreeMap<Integer, Still> stills = new TreeMap<>();
    private final int firstSecond;
    private Still previous;
    private int next;
    private double videoReached = Double.NEGATIVE_INFINITY;
    private double fileReached = Double.NEGATIVE_INFINITY;
    private boolean videoEnded;
    private boolean videoHoldsPictures;
    private boolean audioEnded;
    private int total = -1;

    /** @param audioTracks the sound tracks mixed into each second's window, 0 for none */
    SecondAssembler(int audioTracks) {
        this(audioTracks, 0);
    }

    /**
     * Seconds from {@code firstSecond} on, for a stream that started reading at a keyframe before it: the pictures
     * before it only leave the last of them as the still a first second without a picture of its own reuses, and
     * the sound before it is dropped silently.
     *
     * @param audioTracks the sound tracks mixed into each second's window, 0 for none
     * @param firstSecond the first second handed out
     */
    SecondAssembler(int audioTracks, int firstSecond) {
        this.audio = new AudioWindows(Math.max(1, audioTracks), firstSecond);
        this.audioEnded = audioTracks == 0;
        this.firstSecond = firstSecond;
        this.next = firstSecond;
    }

    /**
     * The final still of second {@code k} (before the first second handed out: a picture before the movie's start
     * or before the second a stream was opened at), with the clip that ends with it.
     */
    void still(int second, RgbImage image, List<RgbImage> clip, double seconds) {
        if (second < 0 || (second < firstSecond && next == firstSecond)) {
            previous = new Still(image, clip, seconds);
        } else if (second >= next) {
            stills.put(second, new Still(image, clip, seconds));
        }
    }

    /** A picture at {@code seconds} was decoded: every earlier second has all its pictures. */
    void videoReached(double seconds) {
        videoReached = Math.max(videoReached, seconds);
    }

    /** Whether the video decoder holds pictures it has not given out yet. */
    void videoHoldsPictures(boolean holds) {
        videoHoldsPictures = holds;
    }

    /** The file delivered a packet at {@code seconds}. */
    void fileReached(double seconds) {
        fileReached = Math.max(fileReached, seconds);
    }

    /** Sound of one of several tracks mixed into the windows, times {@code gain}. */
    void audio(int track, long firstSample, float[] samples, int count, float gain) {
        audio.place(track, firstSample, samples, count, gain);
    }

    /** Every stream has ended; the movie ends at {@code endSeconds}. */
    void end(double endSeconds) {
        videoEnded = true;
        audioEnded = true;
        total = (int) Math.floor(endSeconds + 1e-3);
    }

    boolean finished() {
        return total >= 0 && next >= total;
    }

    long lateAudioSamples() {
        return audio.lateSamples();
    }

    /** The next complete second, or empty while more of the file is needed. */
    Optional<SecondSample> poll() {
        if (finished() || !ready(next)) {
            return Optional.empty();
        }
        Map.Entry<Integer, Still> own = stills.firstEntry();
        boolean reused;
        Still still;
        if (own != null && own.getKey() == next) {
            still = stills.pollFirstEntry().getValue();
            reused = false;
        } else if (previous != null) {
            still = previous;
            reused = true;
        } else if (own != null) {
            still = own.getValue();
            reused = true;
        } else {
            return Optional.empty();
        }
        previous = still;
        float[] window = audio.take(next);
        boolean missing = window == null;
        SecondSample sample = new SecondSample(next, still.seconds(), still.image(),
                missing ? new float[AudioWindows.WINDOW] : window, reused, missing, still.clip());
        next++;
        return Optional.of(sample);
    }

    /** Adds the clip frames held for seconds not handed out yet and for reuse to {@code into}. */
    void collectClipFrames(Collection<RgbImage> into) {
        if (previous != null) {
            into.addAll(previous.clip());
        }
        stills.values().forEach(still -> into.addAll(still.clip()));
    }

    /** Whether no picture at all has been decoded so far. */
    boolean noPictureYet() {
        return previous == null && stills.isEmpty();
    }

    private boolean ready(int second) {
        if (total >= 0) {
            return second < total;
        }
        double boundary = second + 1;
        boolean fileMovedOn = fileReached >= boundary + INTERLEAVE_SECONDS;
        boolean videoMovedOn = fileReached >= boundary + (videoHoldsPictures ? HELD_PICTURES_SECONDS : INTERLEAVE_SECONDS);
        boolean videoDone = videoEnded || videoReached >= boundary || videoMovedOn;
        boolean audioDone = audioEnded || audio.end() >= (long) boundary * AudioWindows.RATE || fileMovedOn;
        return videoDone && audioDone;
    }
}
