package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.kissdetect.api.decode.MediaException;

/**
 * Decodes the sound, resamples it with libswresample to mono 16 kHz float and places it by timestamp: a frame
 * that continues the previous one is appended; one that jumps (a late start, a gap) is placed at its own time,
 * after the resampler was drained. The resampler is drained at the end too, so no sample is lost.
 */
final class AudioTrack implements AutoCloseable {

    private static final int EAGAIN = -11;
    private static final int MAX_RETRIES = 1000;
    /**
     * A jump smaller than this is the rounding of the container's clock (Matroska keeps milliseconds, so AAC frames
     * of 21.33 ms jitter by half a millisecond), not a gap; re-placing every such frame would chop the sound.
     */
    private static final double CONTINUITY_SECONDS = 0.001;

    private final AVCodecContext codec;
    private final double timeBase;
    private final double origin;
    private final SecondAssembler seconds;
    private final AVFrame decoded;
    private final AVChannelLayout mono = new AVChannelLayout();
    private SwrContext resampler;
    private int inputRate;
    private int inputFormat;
    private long expectedInput = Long.MIN_VALUE;
    private long outputPosition;
    private BytePointer buffer = new BytePointer(0L);
    private final PointerPointer<BytePointer> output = new PointerPointer<>(1);
    private float[] samples = new float[0];
    private int damaged;

    private final int track;
    private final float gain;

    /**
     * @param track which of the tracks mixed into the seconds' sound this is
     * @param gain  its weight in the mix
     */
    AudioTrack(Path file, AVStream stream, double origin, SecondAssembler seconds, int track, float gain)
            throws MediaException {
        this.track = track;
        this.gain = gain;
        this.codec = CodecContexts.openDecoder(file, stream, 1, "audio");
        // Allocated once the codec is open: a stream FFmpeg cannot decode leaves nothing behind.
        this.decoded = avutil.av_frame_alloc();
        this.timeBase = Rationals.value(stream.time_base());
        this.origin = origin;
        this.seconds = seconds;
        avutil.av_channel_layout_default(mono, 1);
    }

    /** Decodes one packet ({@code null} flushes decoder and resampler at the end of the file). */
    void decode(AVPacket packet) {
        int result = avcodec.avcodec_send_packet(codec, packet);
        // FFmpeg promises that a refused packet is accepted once the waiting frames are taken; never spin on it.
        for (int tries = 0; result == EAGAIN && tries < MAX_RETRIES; tries++) {
            receiveAll();
            result = avcodec.avcodec_send_packet(codec, packet);
        }
        if (result < 0 && result != avutil.AVERROR_EOF()) {
            damaged++;
        }
        receiveAll();
        if (packet == null) {
            drain();
        }
    }

    /** The sample index (16 kHz) after the last sample placed. */
    long end() {
        return outputPosition;
    }

    int damagedPackets() {
        return damaged;
    }

    private void receiveAll() {
        while (true) {
            int result = avcodec.avcodec_receive_frame(codec, decoded);
            if (result < 0) {
                if (result != EAGAIN && result != avutil.AVERROR_EOF()) {
                    damaged++;
                }
                return;
            }
            accept();
            avutil.av_frame_unref(decoded);
        }
    }

    private void accept() {
        int rate = decoded.sample_rate();
        if (rate <= 0 || decoded.nb_samples() <= 0) {
            return;
        }
        long timestamp = decoded.best_effort_timestamp();
        long start = timestamp == avutil.AV_NOPTS_VALUE() ? expectedInput
                : Math.round((timestamp * timeBase - origin) * rate);
        boolean formatChanged = resampler == null || rate != inputRate || decoded.format() != inputFormat;
        double tolerance = rate * Math.max(CONTINUITY_SECONDS, 1.5 * timeBase);
        if (formatChanged || start == Long.MIN_VALUE || Math.abs(start - expectedInput) > tolerance) {
            drain();
            if (formatChanged) {
                openResampler(rate, decoded.format());
            }
            long from = start == Long.MIN_VALUE ? 0 : start;
            outputPosition = Math.round(from * (double) AudioWindows.RATE / rate);
            expectedInput = from;
        }
        expectedInput += decoded.nb_samples();
        convert(decoded.extended_data(), decoded.nb_samples());
    }

    private void openResampler(int rate, int format) {
        if (resampler != null) {
            swresample.swr_free(resampler);
        }
        resampler = new SwrContext(null);
        int result = swresample.swr_alloc_set_opts2(resampler, mono, avutil.AV_SAMPLE_FMT_FLT, AudioWindows.RATE,
                decoded.ch_layout(), format, rate, 0, null);
        if (result < 0 || swresample.swr_init(resampler) < 0) {
            throw new IllegalStateException("cannot resample " + rate + " Hz sound: " + FfmpegRuntime.describe(result));
        }
        inputRate = rate;
        inputFormat = format;
    }

    /** Takes everything the resampler still holds, placed after what came before. */
    private void drain() {
        if (resampler != null) {
            convert(null, 0);
            swresample.swr_init(resampler);
        }
    }

    private void convert(PointerPointer<?> input, int count) {
        int capacity = swresample.swr_get_out_samples(resampler, count);
        if (capacity <= 0) {
            return;
        }
        if (buffer.capacity() < capacity * 4L) {
            buffer.close();
            buffer = new BytePointer((long) capacity * 4);
            output.put(0, buffer);
            samples = new float[capacity];
        }
        int produced = swresample.swr_convert(resampler, output, capacity, input, count);
        if (produced > 0) {
            buffer.asByteBuffer().order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer().get(samples, 0, produced);
            seconds.audio(track, outputPosition, samples, produced, gain);
            outputPosition += produced;
        }
    }

    @Override
    public void close() {
        if (resampler != null) {
            swresample.swr_free(resampler);
        }
        avutil.av_frame_free(decoded);
        avutil.av_channel_layout_uninit(mono);
        mono.close();
        output.close();
        buffer.close();
        avcodec.avcodec_free_context(codec);
    }
}
