package org.kissdetect.api.decode;

/**
 * What a model that looks at motion needs of each second besides its still: the {@code frames} consecutive frames
 * that end with the second's last frame, at the movie's own frame rate, each scaled so that its short side is
 * {@code shortSide} pixels.
 *
 * @param frames    how many frames, 1 to {@value #MAX_FRAMES}
 * @param shortSide the short side of each frame in pixels, 16 to {@value #MAX_SHORT_SIDE}
 * @since 1.1
 */
public record ClipRequest(int frames, int shortSide) {

    /** The longest clip a decoder keeps: the frames of a few seconds, never the film. */
    public static final int MAX_FRAMES = 128;
    /** The largest frame side a clip may ask for. */
    public static final int MAX_SHORT_SIDE = 1080;

    /** Checks the bounds. */
    public ClipRequest {
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("a clip has 1 to " + MAX_FRAMES + " frames, got " + frames);
        }
        if (shortSide < 16 || shortSide > MAX_SHORT_SIDE) {
            throw new IllegalArgumentException("a clip frame's short side is 16 to " + MAX_SHORT_SIDE
                    + " pixels, got " + shortSide);
        }
    }
}
