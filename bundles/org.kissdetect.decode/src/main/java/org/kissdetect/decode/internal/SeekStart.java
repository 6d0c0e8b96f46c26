package org.kissdetect.decode.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * How a stream opened at a later second starts: its file seeked to the keyframe at or before a preroll point, the
 * packets read after the seek until each stream showed its first one (held, to be decoded first), and where the
 * sound read from the file's start hands over to the sound read after the seek.
 *
 * <p>Pictures decode from a keyframe exactly as in a pass from the start (a closed GOP; in an open GOP only the
 * pictures shown before the keyframe are damaged, and they lie before the preroll point). Sound does not: an AAC
 * decoder carries its noise generator's state (PNS, which FFmpeg's own encoder uses by default) from frame to frame
 * for the whole film, MP3 its bit reservoir, the resampler its phase. So the sound is decoded from the start anyway,
 * from a second opening of the file that reads sound packets only ({@link SoundBeforeSeek}: 19 minutes of AAC in
 * well under a second), up to the first sound packet read after the seek; from there on the
 * sound decoder gets the packets of the seeked file. Each sound decoder thus sees exactly the packets of a pass from
 * the start, in the same order.
 */
final class SeekStart implements AutoCloseable {

    /** Seconds read before the first second wanted: the still a second without a picture reuses, clip frames. */
    static final double PREROLL_SECONDS = 3;
    /** How far after the seek point the first packet of every stream must have come. */
    private static final double SEARCH_SECONDS = 30;
    private static final int AV_PKT_FLAG_KEY = 1;
    private static final int SEEK_ATTEMPTS = 4;

    /** Thrown when the start cannot be made exact after all; the caller decodes from the start instead. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private final ArrayDeque<AVPacket> held;
    /** Per stream index: the decoding time (stream time base) of its first packet after the seek. */
    private final long[] handover;

    private SeekStart(ArrayDeque<AVPacket> held, long[] handover) {
        this.held = held;
        this.handover = handover;
    }

    /** The preroll for a clip of {@code clipFrames} frames at {@code frameRate}: 3 s, longer for long clips. */
    static double preroll(int clipFrames, double frameRate) {
        return Math.max(PREROLL_SECONDS, Math.ceil(clipFrames / Math.max(frameRate, 1e-3)) + 1);
    }

    /**
     * Seeks {@code source} to a video keyframe shown at or before {@code target} seconds of the movie and reads on
     * until each decoded stream gave its first packet. The demuxer seeks by decoding times: with B-frames the
     * keyframe it finds may be shown just after the target, and an earlier one is tried.
     *
     * @return the start, or empty when the seek failed or its result is not the one asked for: the source is then
     *         somewhere in the file and must be opened again
     */
    static Optional<SeekStart> seek(MovieSource source, Watchdog watchdog, double target) {
        for (int attempt = 0; attempt < SEEK_ATTEMPTS && target - attempt > 0; attempt++) {
            try {
                return Optional.of(attempt(source, watchdog, target - attempt, target));
            } catch (Refused refused) {
                // seek again, earlier
            }
        }
        return Optional.empty();
    }

    private static SeekStart attempt(MovieSource source, Watchdog watchdog, double seekTo, double target) {
        AVStream video = source.video;
        double videoBase = source.timeBase(video.index());
        long timestamp = (long) Math.floor((seekTo + source.origin) / videoBase);
        watchdog.arm();
        if (avformat.av_seek_frame(source.format, video.index(), timestamp, avformat.AVSEEK_FLAG_BACKWARD) < 0) {
            throw new Refused("no exact start");
        }
        long[] handover = new long[source.format.nb_streams()];
        Arrays.fill(handover, Long.MIN_VALUE);
        ArrayDeque<AVPacket> held = new ArrayDeque<>();
        SeekStart start = new SeekStart(held, handover);
        boolean keep = false;
        try {
            int missing = 1 + source.sound.size();
            AVPacket packet = avcodec.av_packet_alloc();
            try {
                while (missing > 0) {
                    watchdog.arm();
                    if (source.read(packet) < 0) {
                        throw new Refused("no exact start");
                    }
                    int stream = packet.stream_index();
                    long time = decodingTime(packet);
                    if (isDecoded(source, stream)) {
                        if (time == avutil.AV_NOPTS_VALUE()) {
                            throw new Refused("no exact start");
                        }
                        if (time * source.timeBase(stream) - source.origin > target + SEARCH_SECONDS) {
                            throw new Refused("no exact start");
                        }
                        if (handover[stream] == Long.MIN_VALUE) {
                            if (stream == video.index() && !keyframeBefore(source, packet, target)) {
                                throw new Refused("no exact start");
                            }
                            handover[stream] = time;
                            missing--;
                        }
                    }
                    AVPacket copy = avcodec.av_packet_clone(packet);
                    avcodec.av_packet_unref(packet);
                    if (copy == null) {
                        throw new OutOfMemoryError("FFmpeg could not hold a packet read after seeking");
                    }
                    held.addLast(copy);
                }
            } finally {
                avcodec.av_packet_free(packet);
            }
            keep = true;
            return start;
        } finally {
            if (!keep) {
                start.close();
            }
        }
    }

    private static boolean isDecoded(MovieSource source, int stream) {
        return stream == source.video.index() || SoundBeforeSeek.trackOf(source, stream) >= 0;
    }

    private static boolean keyframeBefore(MovieSource source, AVPacket packet, double target) {
        if ((packet.flags() & AV_PKT_FLAG_KEY) == 0 || packet.pts() == avutil.AV_NOPTS_VALUE()) {
            return false;
        }
        return packet.pts() * source.timeBase(packet.stream_index()) - source.origin <= target + 1e-6;
    }

    static long decodingTime(AVPacket packet) {
        return packet.dts() != avutil.AV_NOPTS_VALUE() ? packet.dts() : packet.pts();
    }

    /**
     * Decodes, from a second opening of the file, every sound packet before the hand-over of its track.
     *
     * @throws Refused when a sound packet before the hand-over has no time, so that where it belongs is unknown
     */
    void decodeSoundBefore(MovieSource source, Watchdog watchdog, List<AudioTrack> tracks) {
        SoundBeforeSeek.decode(source, watchdog, tracks, handover);
    }

    /** Whether a sound packet of the seeked file was already decoded from the second opening. */
    boolean decodedBefore(AVPacket packet) {
        int stream = packet.stream_index();
        long time = decodingTime(packet);
        return stream >= 0 && stream < handover.length && time != avutil.AV_NOPTS_VALUE() && time < handover[stream];
    }

    /**
     * Moves the next packet held since the seek into {@code into}.
     *
     * @return false when none is left
     */
    boolean takeHeld(AVPacket into) {
        AVPacket next = held.pollFirst();
        if (next == null) {
            return false;
        }
        avcodec.av_packet_move_ref(into, next);
        avcodec.av_packet_free(next);
        return true;
    }

    @Override
    public void close() {
        while (!held.isEmpty()) {
            avcodec.av_packet_free(held.removeFirst());
        }
    }
}
