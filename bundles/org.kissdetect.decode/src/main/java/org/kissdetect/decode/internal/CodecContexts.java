package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avcodec;
import org.kissdetect.api.decode.MediaException;

/** Opens decoders for streams; every failure frees what was allocated and names the file. */
final class CodecContexts {

    private static final int FRAME_AND_SLICE_THREADS = 3;

    private CodecContexts() {
    }

    static AVCodecContext openDecoder(Path file, AVStream stream, int threads, String what) throws MediaException {
        return openDecoder(file, stream, threads, what, 0);
    }

    /**
     * @param shortSide the shortest side the pictures are needed at, 0 for their full size: a codec that can decode
     *                  at a half, a quarter or an eighth of the size (FFmpeg's {@code lowres}: MPEG-1/2, MPEG-4 part
     *                  2, MJPEG, DV) is asked for the smallest that still has that short side
     */
    static AVCodecContext openDecoder(Path file, AVStream stream, int threads, String what, int shortSide)
            throws MediaException {
        AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null) {
            throw new MediaException(file, "no decoder for its " + what + " codec (id "
                    + stream.codecpar().codec_id() + ")");
        }
        AVCodecContext context = avcodec.avcodec_alloc_context3(codec);
        if (context == null) {
            throw new MediaException(file, "FFmpeg cannot allocate a " + what + " decoder (out of memory)");
        }
        int result = avcodec.avcodec_parameters_to_context(context, stream.codecpar());
        if (result >= 0) {
            try (org.bytedeco.ffmpeg.avutil.AVRational timeBase = stream.time_base()) {
                context.pkt_timebase(timeBase);
            }
            // FFmpeg's own choice is a thread more than the cores, which crowds libtorch out while detecting.
            context.thread_count(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            context.thread_type(FRAME_AND_SLICE_THREADS);
            context.lowres(reduction(codec.max_lowres(), stream.codecpar().width(), stream.codecpar().height(),
                    shortSide));
            result = avcodec.avcodec_open2(context, codec, (AVDictionary) null);
        }
        if (result < 0) {
            avcodec.avcodec_free_context(context);
            throw new MediaException(file, "cannot open the " + what + " decoder: " + FfmpegRuntime.describe(result));
        }
        return context;
    }

    /** How many times a picture can be halved (at most {@code most}) and keep a short side of {@code shortSide}. */
    static int reduction(int most, int width, int height, int shortSide) {
        if (shortSide <= 0 || width <= 0 || height <= 0) {
            return 0;
        }
        int halvings = 0;
        while (halvings < most && Math.min(width, height) >> (halvings + 1) >= shortSide) {
            halvings++;
        }
        return halvings;
    }
}
