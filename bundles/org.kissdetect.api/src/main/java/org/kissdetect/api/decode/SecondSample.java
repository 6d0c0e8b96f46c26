package org.kissdetect.api.decode;

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
 */
public record SecondSample(int second, double stillSeconds, RgbImage still, float[] audio,
        boolean frameReused, boolean audioMissing) {

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
    }
}
