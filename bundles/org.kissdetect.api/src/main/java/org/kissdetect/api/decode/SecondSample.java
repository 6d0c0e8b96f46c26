package org.kissdetect.api.decode;

import java.util.List;

/**
 * What the networks see of one second {@code [k, k + 1)} of a movie.
 *
 * <p>Arrays are shared, not copied: treat them as read-only.
 *
 * @param second       the index k of the second, from 0
 * @param stillSeconds presentation time of the still in seconds from the start of the movie; it lies in
 *                     {@code [k, k + 1)} unless {@code frameReused}
 * @param still        the last frame shown in the second, scaled so that its short side is 256 px
 * @param audio        the last 960 ms of the second, {@code [k + 0.04, k + 1)}: 15,360 mono samples at
 *                     16 kHz in {@code [-1, 1]}; silence where the movie has no sound
 * @param frameReused  the second has no frame of its own; {@code still} is the previous second's
 * @param audioMissing the movie has no sound for this second; {@code audio} is silence
 * @param clip         when a {@link ClipRequest} asked for one: the frames that end with {@code still}'s frame,
 *                     oldest first, each scaled to the request's short side; fewer than requested near the film's
 *                     start (the model decides how to fill the missing ones), never more. Empty when no clip was
 *                     asked for. Since 1.1.
 */
public record SecondSample(int second, double stillSeconds, RgbImage still, float[] audio,
        boolean frameReused, boolean audioMissing, List<RgbImage> clip) {

    /**
     * A second without a clip, as decoders before 1.1 made them.
     *
     * @param second       the index k of the second
     * @param stillSeconds presentation time of the still
     * @param still        the last frame shown in the second
     * @param audio        the last 960 ms of the second
     * @param frameReused  the second has no frame of its own
     * @param audioMissing the movie has no sound for this second
     */
    public SecondSample(int second, double stillSeconds, RgbImage still, float[] audio, boolean frameReused,
            boolean audioMissing) {
        this(second, stillSeconds, still, audio, frameReused, audioMissing, List.of());
    }

    /** Checks the index, the still and the length of the audio window. */
    public SecondSample {
        if (second < 0) {
            throw new IllegalArgumentException("second must not be negative, got " + second);
        }
        if (still == null) {
            throw new IllegalArgumentException("second " + second + " has no still");
        }
        if (audio == null || audio.length != 15_360) {
            throw new IllegalArgumentException("second " + second + " needs 15360 audio samples (960 ms at 16 kHz), got "
                    + (audio == null ? "none" : audio.length));
        }
        clip = clip == null ? List.of() : List.copyOf(clip);
    }
}
