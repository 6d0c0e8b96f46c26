package org.kissdetect.api.decode;

/**
 * How a movie is stored, in FFmpeg's names: enough for a player (a browser, an editor) to tell whether it can play
 * the file before trying.
 *
 * @param container  the container as its demuxer names it, such as {@code mov,mp4,m4a,3gp,3g2,mj2},
 *                   {@code matroska,webm} or {@code avi}
 * @param videoCodec the picture's codec, such as {@code h264}, {@code hevc}, {@code mpeg4}, {@code vp9}
 * @param audioCodec the sound's codec, such as {@code aac} or {@code opus}; {@code null} for a movie without sound
 * @since 1.4
 */
public record MovieFormat(String container, String videoCodec, String audioCodec) {

    /** Checks that the container and the picture's codec are named. */
    public MovieFormat {
        if (container == null || container.isBlank() || videoCodec == null || videoCodec.isBlank()) {
            throw new IllegalArgumentException("a movie's format names its container and its picture's codec, got "
                    + container + " and " + videoCodec);
        }
        if (audioCodec != null && audioCodec.isBlank()) {
            audioCodec = null;
        }
    }
}
