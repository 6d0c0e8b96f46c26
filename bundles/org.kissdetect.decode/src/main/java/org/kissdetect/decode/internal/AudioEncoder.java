package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.kissdetect.api.decode.MediaException;

/**
 * Mono sound to AAC. Samples are gathered into the encoder's frames (1,024 samples), each stamped with the time of
 * its first sample, so that sound written later than the previous end leaves a real gap in the track's timestamps
 * rather than being shifted; a gap shorter than one frame is filled with silence.
 *
 * <p>AAC starts with priming samples ({@code initial_padding}, 1,024) that MP4, MOV and Matroska tell the decoder
 * to skip. AVI cannot: there the track is written without its first priming-length of sound and stamped so that no
 * timestamp is negative (a negative one would make FFmpeg shift the pictures too, one frame late), and the sound
 * plays at its true time after the priming. So in AVI sound always starts at 0 and its first 21 ms are lost.
 */
final class AudioEncoder implements AutoCloseable {

    private final Path file;
    private final int rate;
    private final EncoderStream stream;
    private final AVFrame frame = avutil.av_frame_alloc();
    private final float[] pending;
    private int pendingCount;
    private long pendingStart = Long.MIN_VALUE;
    private final boolean trimPriming;
    private long trimUntil = Long.MIN_VALUE;

    AudioEncoder(Path file, AVFormatContext container, int rate, boolean trimPriming) throws MediaException {
        this.file = file;
        this.rate = rate;
        this.trimPriming = trimPriming;
        stream = new EncoderStream(file, container, "aac", codec -> {
            codec.sample_fmt(avutil.AV_SAMPLE_FMT_FLTP).sample_rate(rate).bit_rate(128_000);
            try (AVRational timeBase = avutil.av_make_q(1, rate)) {
                codec.time_base(timeBase);
            }
            avutil.av_channel_layout_default(codec.ch_layout(), 1);
        });
        pending = new float[stream.codec.frame_size()];
        frame.nb_samples(pending.length).format(avutil.AV_SAMPLE_FMT_FLTP).sample_rate(rate);
        avutil.av_channel_layout_default(frame.ch_layout(), 1);
        if (avutil.av_frame_get_buffer(frame, 0) < 0) {
            close();
            throw new OutOfMemoryError("cannot allocate a sound frame");
        }
    }

    void write(float[] mono, double startSeconds) throws MediaException {
        long start = Math.round(startSeconds * rate);
        long end = pendingStart + pendingCount;
        if (pendingStart != Long.MIN_VALUE && start < end) {
            throw new IllegalArgumentException("sound must not overlap: it starts at " + startSeconds
                    + " s, before the end of the sound written so far, " + (double) end / rate + " s");
        }
        if (start < 0) {
            throw new IllegalArgumentException("sound must not start before 0 s, got " + startSeconds);
        }
        if (trimPriming) {
            if (trimUntil == Long.MIN_VALUE) {
                trimUntil = start + stream.codec.initial_padding();
            }
            int skip = (int) Math.max(0, Math.min(mono.length, trimUntil - start));
            if (skip == mono.length) {
                return;
            }
            mono = java.util.Arrays.copyOfRange(mono, skip, mono.length);
            start += skip;
        }
        if (pendingStart == Long.MIN_VALUE) {
            pendingStart = start;
        } else if (start - end < pending.length) {
            for (long i = end; i < start; i++) {
                append(0f);
            }
        } else {
            flushPending();
            pendingStart = start;
        }
        for (float sample : mono) {
            append(Math.max(-1f, Math.min(1f, sample)));
        }
    }

    void finish() throws MediaException {
        flushPending();
        stream.encode(null, (double) pendingStart / rate);
    }

    private void append(float sample) throws MediaException {
        pending[pendingCount++] = sample;
        if (pendingCount == pending.length) {
            encodePending();
        }
    }

    private void flushPending() throws MediaException {
        if (pendingCount > 0) {
            java.util.Arrays.fill(pending, pendingCount, pending.length, 0f);
            pendingCount = pending.length;
            encodePending();
        }
    }

    private void encodePending() throws MediaException {
        if (avutil.av_frame_make_writable(frame) < 0) {
            throw new MediaException(file, (double) pendingStart / rate, "cannot reuse the sound buffer", null);
        }
        frame.data(0).capacity(pending.length * 4L).asByteBuffer().order(java.nio.ByteOrder.nativeOrder())
                .asFloatBuffer().put(pending);
        frame.pts(pendingStart);
        stream.encode(frame, (double) pendingStart / rate);
        pendingStart += pendingCount;
        pendingCount = 0;
    }

    @Override
    public void close() {
        avutil.av_frame_free(frame);
        stream.close();
    }
}
