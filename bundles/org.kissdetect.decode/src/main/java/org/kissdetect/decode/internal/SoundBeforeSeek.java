package org.kissdetect.decode.internal;

import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;

/**
 * The sound before a seek point, decoded from a second opening of the file that reads sound packets only (the
 * other streams discarded, so the demuxer skips their bytes): 19 minutes of 96 kb/s AAC took well under a second
 * on two cores. See {@link SeekStart} for
 * why the sound cannot simply be decoded from the seek point.
 */
final class SoundBeforeSeek {

    private SoundBeforeSeek() {
    }

    /**
     * Decodes every sound packet of {@code source}'s tracks whose decoding time is before {@code handover} (per
     * stream index, in the stream's time base), in the file's order, into the track's decoder.
     *
     * @throws SeekStart.Refused when the file cannot be opened alike again, or a sound packet before the hand-over
     *                           has no time, so that where it belongs is unknown
     */
    static void decode(MovieSource source, Watchdog watchdog, List<AudioTrack> tracks, long[] handover) {
        if (tracks.isEmpty()) {
            return;
        }
        AVFormatContext format = avformat.avformat_alloc_context();
        watchdog.attach(format.interrupt_callback());
        AVPacket packet = avcodec.av_packet_alloc();
        try {
            watchdog.arm();
            if (avformat.avformat_open_input(format, source.file.toString(), null, null) < 0) {
                format = null;
                throw new SeekStart.Refused("the file could not be opened again for its sound");
            }
            watchdog.arm();
            if (avformat.avformat_find_stream_info(format, (PointerPointer<?>) null) < 0
                    || format.nb_streams() != handover.length) {
                throw new SeekStart.Refused("the file's streams differ when opened again");
            }
            for (int i = 0; i < format.nb_streams(); i++) {
                format.streams(i).discard(isSound(source, i) ? avcodec.AVDISCARD_DEFAULT : avcodec.AVDISCARD_ALL);
            }
            boolean[] reached = new boolean[handover.length];
            int open = tracks.size();
            while (open > 0) {
                watchdog.arm();
                if (avformat.av_read_frame(format, packet) < 0) {
                    return;
                }
                try {
                    int stream = packet.stream_index();
                    int track = trackOf(source, stream);
                    if (track < 0 || reached[stream]) {
                        continue;
                    }
                    long time = SeekStart.decodingTime(packet);
                    if (time == avutil.AV_NOPTS_VALUE()) {
                        throw new SeekStart.Refused("a sound packet has no time");
                    }
                    if (time >= handover[stream]) {
                        reached[stream] = true;
                        open--;
                    } else {
                        tracks.get(track).decode(packet);
                    }
                } finally {
                    avcodec.av_packet_unref(packet);
                }
            }
        } finally {
            avcodec.av_packet_free(packet);
            if (format != null && !format.isNull()) {
                avformat.avformat_close_input(format);
            }
        }
    }

    private static boolean isSound(MovieSource source, int stream) {
        return trackOf(source, stream) >= 0;
    }

    /** Which of the sound tracks heard stream {@code stream} is, or -1. */
    static int trackOf(MovieSource source, int stream) {
        for (int track = 0; track < source.sound.size(); track++) {
            if (source.sound.get(track).index() == stream) {
                return track;
            }
        }
        return -1;
    }
}
