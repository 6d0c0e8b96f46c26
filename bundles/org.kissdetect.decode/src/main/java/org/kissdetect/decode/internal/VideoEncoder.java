package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.encode.EncodingSettings;

/**
 * Pictures to H.264 (OpenH264) or MPEG-4 video. The time base is the frame rate itself for constant rates
 * (exact for 24000/1001) and 1/90000 s for variable ones (1/1000 s for MPEG-4, whose time base is limited).
 * A keyframe every 10 seconds at most 250 frames apart, like common encoder defaults.
 */
final class VideoEncoder implements AutoCloseable {

    private final Path file;
    private final EncodingSettings settings;
    private final AVRational rate;
    private final AVRational timeBase;
    /**
     * A fixed number, not the machine's cores: the MPEG-4 encoder cuts each picture into one slice per thread,
     * and OpenH264 chooses its slices from the cores it finds, so the same movie came out as different files on
     * different machines (and tests measured different pictures).
     */
    private static final int THREADS = 2;

    private final EncoderStream stream;
    private final AVFrame yuv = avutil.av_frame_alloc();
    private final SwsContext converter;
    private final BytePointer rgb;
    private final PointerPointer<BytePointer> rgbPlanes;
    private final IntPointer rgbStride;
    private long lastPts = Long.MIN_VALUE;

    VideoEncoder(Path file, AVFormatContext container, EncodingSettings settings) throws MediaException {
        this.file = file;
        this.settings = settings;
        rate = avutil.av_d2q(settings.frameRate(), 100_000);
        boolean mpeg4 = settings.videoCodec().equals("mpeg4");
        timeBase = !settings.variableFrameRate() ? avutil.av_make_q(rate.den(), rate.num())
                : avutil.av_make_q(1, mpeg4 ? 1000 : 90_000);
        long bitRate = settings.videoBitRate() > 0 ? settings.videoBitRate()
                : Math.max(200_000, (long) (settings.width() * settings.height() * settings.frameRate() * 0.1));
        stream = new EncoderStream(file, container, mpeg4 ? "mpeg4" : "libopenh264", codec -> {
            codec.width(settings.width()).height(settings.height()).pix_fmt(avutil.AV_PIX_FMT_YUV420P);
            codec.time_base(timeBase).framerate(rate).bit_rate(bitRate);
            codec.gop_size((int) Math.min(250, Math.round(settings.frameRate() * 10)));
            codec.thread_count(THREADS).max_b_frames(settings.bFrames());
            if (!mpeg4) {
                codec.slices(1);
            }
        });
        if (settings.startTimecode() != null) {
            stream.averageFrameRate(rate);
        }
        stream.defaultPacketDuration(Math.max(1, Math.round(timeBase.den() / (timeBase.num() * settings.frameRate()))));
        yuv.format(avutil.AV_PIX_FMT_YUV420P).width(settings.width()).height(settings.height());
        if (avutil.av_frame_get_buffer(yuv, 0) < 0) {
            stream.close();
            throw new OutOfMemoryError("cannot allocate a " + settings.width() + "x" + settings.height() + " picture");
        }
        converter = swscale.sws_getContext(settings.width(), settings.height(), avutil.AV_PIX_FMT_RGB24,
                settings.width(), settings.height(), avutil.AV_PIX_FMT_YUV420P, swscale.SWS_BILINEAR, null, null,
                (DoublePointer) null);
        rgb = new BytePointer((long) settings.width() * settings.height() * 3);
        rgbPlanes = new PointerPointer<BytePointer>(1).put(0, rgb);
        rgbStride = new IntPointer(1).put(settings.width() * 3);
    }

    void write(RgbImage picture, double seconds) throws MediaException {
        if (picture.width() != settings.width() || picture.height() != settings.height()) {
            throw new IllegalArgumentException("the movie is " + settings.width() + "x" + settings.height()
                    + ", the picture " + picture.width() + "x" + picture.height());
        }
        long pts = Math.round(seconds * timeBase.den() / timeBase.num());
        if (!(seconds >= 0) || pts <= lastPts) {
            throw new IllegalArgumentException("picture times must increase from 0 (one tick is "
                    + avutil.av_q2d(timeBase) + " s), got " + seconds + " s after " + lastPts + " ticks");
        }
        lastPts = pts;
        if (avutil.av_frame_make_writable(yuv) < 0) {
            throw new MediaException(file, seconds, "cannot reuse the picture buffer", null);
        }
        rgb.position(0).put(picture.pixels(), 0, picture.pixels().length);
        swscale.sws_scale(converter, rgbPlanes, rgbStride, 0, settings.height(), yuv.data(), yuv.linesize());
        yuv.pts(pts);
        stream.encode(yuv, seconds);
    }

    void finish() throws MediaException {
        stream.encode(null, lastPts * avutil.av_q2d(timeBase));
    }

    @Override
    public void close() {
        swscale.sws_freeContext(converter);
        rate.close();
        timeBase.close();
        rgbStride.close();
        rgbPlanes.close();
        rgb.close();
        avutil.av_frame_free(yuv);
        stream.close();
    }
}
