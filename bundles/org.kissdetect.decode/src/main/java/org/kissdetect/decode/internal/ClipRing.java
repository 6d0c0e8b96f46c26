package org.kissdetect.decode.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.RgbImage;

/**
 * The last {@code N} decoded pictures, each scaled to a clip's short side as it arrives: what a model that looks at
 * motion gets with each second. Holds N images, never more; a slot whose image was never handed out in a clip is
 * scaled into again, so a film whose clips are shorter than its seconds allocates only the images it hands out.
 * Without a clip request ({@link #none()}) it holds and scales nothing.
 */
final class ClipRing implements AutoCloseable {

    private final RgbImage[] frames;
    private final boolean[] handedOut;
    private final PictureScaler scaler;
    private int newest = -1;
    private int held;

    private ClipRing(int capacity, PictureScaler scaler) {
        this.frames = new RgbImage[capacity];
        this.handedOut = new boolean[capacity];
        this.scaler = scaler;
    }

    /** @return a ring that keeps nothing: the seconds carry no clip */
    static ClipRing none() {
        return new ClipRing(0, null);
    }

    /**
     * @return a ring that keeps the last {@code request.frames()} pictures at {@code request.shortSide()}, turned
     *         upright by {@code quarterTurns} clockwise
     */
    static ClipRing of(ClipRequest request, int quarterTurns) {
        return new ClipRing(request.frames(), new PictureScaler(request.shortSide(), quarterTurns));
    }

    /** Scales a decoded picture into the ring, in place of the oldest when it is full. */
    void add(AVFrame picture) {
        if (frames.length == 0) {
            return;
        }
        int slot = (newest + 1) % frames.length;
        RgbImage reusable = handedOut[slot] ? null : frames[slot];
        frames[slot] = scaler.scale(picture, reusable);
        handedOut[slot] = false;
        newest = slot;
        held = Math.min(held + 1, frames.length);
    }

    /**
     * The clip ending with the picture added last, oldest first; its images are never written again.
     *
     * @return up to N images, fewer before N pictures were decoded; empty without a clip request
     */
    List<RgbImage> clip() {
        List<RgbImage> clip = new ArrayList<>(held);
        for (int i = held - 1; i >= 0; i--) {
            int slot = Math.floorMod(newest - i, frames.length);
            handedOut[slot] = true;
            clip.add(frames[slot]);
        }
        return clip;
    }

    /** Adds the scaled pictures the ring holds, at most the clip's length, to {@code into}. */
    void collectHeld(Collection<RgbImage> into) {
        for (RgbImage frame : frames) {
            if (frame != null) {
                into.add(frame);
            }
        }
    }

    @Override
    public void close() {
        if (scaler != null) {
            scaler.close();
        }
    }
}
