package org.kissdetect.api.encode;

import java.util.Set;

import org.kissdetect.api.decode.StartTimecode;

/**
 * How a movie is written.
 *
 * @param container       {@code mp4}, {@code mkv}, {@code mov}, {@code avi} or {@code ts}
 * @param videoCodec      {@code h264} (OpenH264), {@code mpeg4} or {@code none} for a movie without video
 * @param width           picture width in pixels (any size at least 2; odd sizes are allowed); ignored without video
 * @param height          picture height in pixels (at least 2); ignored without video
 * @param frameRate       the nominal frames per second (pass {@code 24000.0 / 1001} for 23.976); with
 *                        {@code variableFrameRate} it only guides the rate control
 * @param variableFrameRate whether pictures come at arbitrary times rather than on the {@code 1 / frameRate} grid
 *                        (not possible in {@code avi}, a constant-rate container)
 * @param videoBitRate    bits per second of video, or 0 for the encoder's choice for the size
 * @param audioSampleRate samples per second of the AAC sound track (8,000 to 96,000), or 0 for none
 * @param indexAtFront    for {@code mp4} and {@code mov}: write the index before the media data, as for streaming
 *                        ("faststart"), instead of at the end; ignored by the other containers
 * @param bFrames         consecutive B-frames (pictures predicted from both sides, referred to by none), 0 to 3;
 *                        only {@code mpeg4} can make them (OpenH264 cannot)
 * @param startTimecode   the timecode of the first frame to record, as cameras do (a {@code tmcd} track in
 *                        {@code mov}, a tag elsewhere), or {@code null} for none; since 1.2
 */
public record EncodingSettings(String container, String videoCodec, int width, int height, double frameRate,
        boolean variableFrameRate, long videoBitRate, int audioSampleRate, boolean indexAtFront, int bFrames,
        StartTimecode startTimecode) {

    /**
     * Settings without a start timecode.
     *
     * @param container         {@code mp4}, {@code mkv}, {@code mov}, {@code avi} or {@code ts}
     * @param videoCodec        {@code h264}, {@code mpeg4} or {@code none}
     * @param width             picture width in pixels
     * @param height            picture height in pixels
     * @param frameRate         the nominal frames per second
     * @param variableFrameRate whether pictures come at arbitrary times
     * @param videoBitRate      bits per second of video, or 0 for the encoder's choice
     * @param audioSampleRate   samples per second of the sound track, or 0 for none
     * @param indexAtFront      for {@code mp4} and {@code mov}: the index before the media data
     * @param bFrames           consecutive B-frames, 0 to 3
     */
    public EncodingSettings(String container, String videoCodec, int width, int height, double frameRate,
            boolean variableFrameRate, long videoBitRate, int audioSampleRate, boolean indexAtFront, int bFrames) {
        this(container, videoCodec, width, height, frameRate, variableFrameRate, videoBitRate, audioSampleRate,
                indexAtFront, bFrames, null);
    }

    /** Checks every value and that the combination can be written. */
    public EncodingSettings {
        if (!Set.of("mp4", "mkv", "mov", "avi", "ts").contains(container)) {
            throw new IllegalArgumentException("container must be mp4, mkv, mov, avi or ts, got " + container);
        }
        if (!Set.of("h264", "mpeg4", "none").contains(videoCodec)) {
            throw new IllegalArgumentException("video codec must be h264, mpeg4 or none, got " + videoCodec);
        }
        boolean video = !videoCodec.equals("none");
        if (video && (width < 2 || height < 2 || width > 8192 || height > 8192)) {
            throw new IllegalArgumentException("picture size must be 2x2 to 8192x8192, got " + width + "x" + height);
        }
        if (video && !(frameRate >= 1 && frameRate <= 240)) {
            throw new IllegalArgumentException("frame rate must lie in [1, 240], got " + frameRate);
        }
        if (video && variableFrameRate && container.equals("avi")) {
            throw new IllegalArgumentException("avi has a constant frame rate: it cannot hold a variable one");
        }
        if (videoBitRate < 0) {
            throw new IllegalArgumentException("video bit rate must not be negative, got " + videoBitRate);
        }
        if (audioSampleRate != 0 && (audioSampleRate < 8_000 || audioSampleRate > 96_000)) {
            throw new IllegalArgumentException("audio sample rate must be 0 or 8000 to 96000, got " + audioSampleRate);
        }
        if (bFrames < 0 || bFrames > 3 || bFrames > 0 && !videoCodec.equals("mpeg4")) {
            throw new IllegalArgumentException("B-frames must be 0 to 3, and only mpeg4 makes them; got " + bFrames
                    + " for " + videoCodec);
        }
        if (!video && audioSampleRate == 0) {
            throw new IllegalArgumentException("a movie needs video or sound");
        }
        if (startTimecode != null && (!video || startTimecode.framesPerSecond() != Math.round(frameRate))) {
            throw new IllegalArgumentException("a start timecode counts the video's frames at its nominal rate: "
                    + startTimecode + " at " + startTimecode.framesPerSecond() + " fps for " + (video ? "video at "
                    + frameRate + " fps" : "a movie without video"));
        }
    }

    /**
     * @param timecode the timecode of the first frame, or {@code null} for none
     * @return these settings with that start timecode
     * @since 1.2
     */
    public EncodingSettings withStartTimecode(StartTimecode timecode) {
        return new EncodingSettings(container, videoCodec, width, height, frameRate, variableFrameRate, videoBitRate,
                audioSampleRate, indexAtFront, bFrames, timecode);
    }

    /**
     * Whether the movie has a video track.
     *
     * @return {@code false} when the video codec is {@code none}
     */
    public boolean hasVideo() {
        return !videoCodec.equals("none");
    }

    /**
     * Whether the movie has a sound track.
     *
     * @return {@code true} when a sample rate is set
     */
    public boolean hasAudio() {
        return audioSampleRate > 0;
    }
}
