package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.MediaWriteException;

/** One encoder and the output stream it feeds: frames in, packets into the container, interleaved. */
final class EncoderStream implements AutoCloseable {

    private static final int EAGAIN = -11;

    final AVCodecContext codec;
    private final AVStream stream;
    private final AVFormatContext container;
    private final AVPacket packet = avcodec.av_packet_alloc();
    private final Path file;
    private long packetDuration;
    /** Read at the first packet: the muxer may change the stream's time base when it writes the header. */
    private AVRational codecTimeBase;
    private AVRational streamTimeBase;

    /** Creates the encoder; {@code configure} sets its parameters before it is opened. */
    EncoderStream(Path file, AVFormatContext container, String encoderName, java.util.function.Consumer<AVCodecContext> configure)
            throws MediaException {
        this.file = file;
        this.container = container;
        AVCodec encoder = avcodec.avcodec_find_encoder_by_name(encoderName);
        if (encoder == null) {
            avcodec.av_packet_free(packet);
            throw new MediaException(file, "this FFmpeg has no " + encoderName + " encoder");
        }
        codec = avcodec.avcodec_alloc_context3(encoder);
        configure.accept(codec);
        if ((container.oformat().flags() & avformat.AVFMT_GLOBALHEADER) != 0) {
            codec.flags(codec.flags() | avcodec.AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        int result = avcodec.avcodec_open2(codec, encoder, (AVDictionary) null);
        stream = result < 0 ? null : avformat.avformat_new_stream(container, null);
        if (result >= 0 && stream != null) {
            result = avcodec.avcodec_parameters_from_context(stream.codecpar(), codec);
            try (AVRational timeBase = codec.time_base()) {
                stream.time_base(timeBase);
            }
        }
        if (result < 0 || stream == null) {
            close();
            throw new MediaException(file, "cannot open the " + encoderName + " encoder"
                    + (result < 0 ? ": " + FfmpegRuntime.describe(result) : ""));
        }
    }

    /** Declares the stream's average frame rate, which mov's timecode track counts its frames at. */
    void averageFrameRate(AVRational rate) {
        stream.avg_frame_rate(rate);
    }

    /**
     * Sets the duration, in the codec's time base, of packets the encoder leaves without one (OpenH264 does):
     * MP4's edit list ends at the last packet's end, so a last packet without duration would be cut off.
     */
    void defaultPacketDuration(long ticks) {
        packetDuration = ticks;
    }

    /** Encodes a frame ({@code null} flushes the encoder) and writes every packet that comes out. */
    void encode(AVFrame frame, double seconds) throws MediaException {
        int result = avcodec.avcodec_send_frame(codec, frame);
        for (int tries = 0; result == EAGAIN && tries < 1000; tries++) {
            writePackets(seconds);
            result = avcodec.avcodec_send_frame(codec, frame);
        }
        if (result < 0 && !(frame == null && result == org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF())) {
            throw new MediaException(file, seconds, "encoding failed: " + FfmpegRuntime.describe(result), null);
        }
        writePackets(seconds);
    }

    private void writePackets(double seconds) throws MediaException {
        while (avcodec.avcodec_receive_packet(codec, packet) >= 0) {
            if (packet.duration() <= 0) {
                packet.duration(packetDuration);
            }
            if (codecTimeBase == null) {
                codecTimeBase = codec.time_base();
                streamTimeBase = stream.time_base();
            }
            avcodec.av_packet_rescale_ts(packet, codecTimeBase, streamTimeBase);
            packet.stream_index(stream.index());
            int result = avformat.av_interleaved_write_frame(container, packet);
            if (result < 0) {
                throw new MediaWriteException(file, seconds, FfmpegRuntime.describe(result), null);
            }
        }
    }

    @Override
    public void close() {
        if (codecTimeBase != null) {
            codecTimeBase.close();
            streamTimeBase.close();
        }
        avcodec.av_packet_free(packet);
        avcodec.avcodec_free_context(codec);
    }
}
