package org.kissdetect.decode.internal;

import java.util.ArrayDeque;
import java.util.TreeMap;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Holds the video packets back for {@value #WINDOW} packets, so that before a packet reaches the decoder it is known
 * whether its picture can be a second's still. The still of second k is the last picture shown in [k, k + 1), so a
 * picture shown at t cannot be one as soon as another picture is known to be shown later in the same second. With
 * B-frames the pictures arrive out of presentation order, but never by more than the codec's reorder depth (at
 * most 16 pictures in H.264 and HEVC): the window and the times of the packets already sent cover it. A picture whose
 * successor is not among them is kept, so a deeper reorder costs speed, never a wrong still.
 *
 * <p>Presentation times are trusted only while every packet has one and no two are equal; from the first packet
 * that breaks this (or a picture whose timestamp the decoder had to repair) on, every picture may be a still.
 */
final class StillLookahead implements AutoCloseable {

    /** Packets held back: the largest reorder depth H.264 and HEVC allow. */
    static final int WINDOW = 16;
    /** Presentation times remembered: the packets held and as many sent before them. */
    private static final int REMEMBERED = 2 * WINDOW;

    private final double timeBase;
    private final double origin;
    private final ArrayDeque<AVPacket> held = new ArrayDeque<>();
    private final ArrayDeque<Double> rememberedInOrder = new ArrayDeque<>();
    private final TreeMap<Double, Integer> remembered = new TreeMap<>();
    private boolean trusted = true;

    /**
     * @param timeBase the video stream's time base in seconds
     * @param origin   the movie's start in seconds, subtracted from every time
     */
    StillLookahead(double timeBase, double origin) {
        this.timeBase = timeBase;
        this.origin = origin;
    }

    /** Holds a new reference to the packet (its data is shared, not copied). */
    void add(AVPacket packet) {
        AVPacket copy = avcodec.av_packet_clone(packet);
        if (copy == null) {
            throw new OutOfMemoryError("FFmpeg could not hold a video packet back");
        }
        held.addLast(copy);
        remember(packet.pts());
    }

    /** Whether a packet must leave the window now; at the end of the file every held packet must. */
    boolean isFull() {
        return held.size() > WINDOW;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /** The oldest packet held, now the caller's to free with {@code av_packet_free}. */
    AVPacket next() {
        return held.removeFirst();
    }

    /** Whether the picture of this packet, which just left the window, can be the still of its second. */
    boolean mayBeStill(AVPacket packet) {
        if (!trusted) {
            return true;
        }
        double time = time(packet.pts());
        Double later = remembered.higherKey(time);
        return later == null || Math.floor(later) != Math.floor(time);
    }

    /** From now on every picture may be a still: the decoder placed one where its packet did not say. */
    void distrust() {
        trusted = false;
    }

    private void remember(long pts) {
        if (pts == avutil.AV_NOPTS_VALUE()) {
            trusted = false;
            return;
        }
        double time = time(pts);
        if (remembered.merge(time, 1, Integer::sum) > 1) {
            trusted = false;
        }
        rememberedInOrder.addLast(time);
        if (rememberedInOrder.size() > REMEMBERED) {
            remembered.computeIfPresent(rememberedInOrder.removeFirst(), (key, count) -> count == 1 ? null : count - 1);
        }
    }

    private double time(long pts) {
        return pts * timeBase - origin;
    }

    @Override
    public void close() {
        while (!held.isEmpty()) {
            avcodec.av_packet_free(held.removeFirst());
        }
    }
}
