package org.kissdetect.decode.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;

/**
 * Decodes the video stream and keeps, without converting it, the latest picture of the current second (a
 * reference, no copy); when a picture of a later second arrives, the kept one is that second's still and only
 * then is it scaled. With a clip request every picture is also scaled to the clip's size into a {@link ClipRing},
 * and a still comes with the clip that ends with it. Timestamps that are missing or run backwards are replaced by
 * the previous one plus a frame's duration. A stream whose packets carry no presentation times (AVI with
 * B-frames, where FFmpeg's guesses come out one frame late) is timed by counting pictures at its constant rate from
 * its first decoding time.
 *
 * <p>In fast mode (never with a clip request, which needs every picture), work whose errors cannot propagate is
 * skipped: frames no other frame refers to are not decoded at all unless they may be a second's still, and the loop
 * filter is skipped on such frames. Skipping the loop filter on reference frames too would save about 10 % more CPU
 * on streams without such frames, but the error then drifts until the next keyframe: 34 dB was measured on a test
 * movie, under the 35 dB the fast mode promises.
 */
final class VideoTrack implements AutoCloseable {

    private static final int EAGAIN = -11;
    private static final int MAX_RETRIES = 1000;
    private static final int CORRUPT = 1;

    private final AVCodecContext codec;
    private final double timeBase;
    private final double origin;
    private final double frameDuration;
    private final boolean fast;
    private final SecondAssembler seconds;
    private final PictureScaler scaler;
    private final ClipRing clips;
    private final ShotCuts cuts = new ShotCuts();
    private final AVFrame decoded;
    private final AVFrame kept;
    private boolean hasKept;
    private double keptTime;
    private double lastTime = Double.NEGATIVE_INFINITY;
    private double lastDuration;
    private int damaged;
    private boolean firstPacket = true;
    private boolean countPictures;
    private double countOrigin;
    private long pictures;
    private int repairedTimestamps;
    /** Packets the decoder took and pictures it gave: while it holds some, a gap in the stream is not its end. */
    private long packetsTaken;
    private long picturesOut;
    private int skippedPictures;
    private String skippedReason;

    VideoTrack(Path file, AVStream stream, double frameRate, double origin, DecodeSettings settings,
            SecondAssembler seconds, Optional<ClipRequest> clip) throws MediaException {
        this.codec = CodecContexts.openDecoder(file, stream, settings.threads(), "video");
        // Allocated once the codec is open: a stream FFmpeg cannot decode leaves nothing behind.
        this.decoded = avutil.av_frame_alloc();
        this.kept = avutil.av_frame_alloc();
        int quarterTurns = DisplayRotation.quarterTurns(stream);
        this.scaler = new PictureScaler(PictureScaler.STILL_SHORT_SIDE, quarterTurns);
        this.clips = clip.map(request -> ClipRing.of(request, quarterTurns)).orElseGet(ClipRing::none);
        this.timeBase = Rationals.value(stream.time_base());
        this.origin = origin;
        this.frameDuration = 1 / frameRate;
        this.fast = settings.fast();
        this.seconds = seconds;
        if (fast) {
            codec.skip_loop_filter(avcodec.AVDISCARD_NONREF);
            codec.flags2(codec.flags2() | avcodec.AV_CODEC_FLAG2_FAST);
        }
    }

    /** Decodes one packet ({@code null} flushes the decoder at the end of the file). */
    void decode(AVPacket packet) {
        if (firstPacket && packet != null) {
            firstPacket = false;
            countPictures = packet.pts() == avutil.AV_NOPTS_VALUE() && packet.dts() != avutil.AV_NOPTS_VALUE();
            countOrigin = packet.dts() * timeBase - origin;
        }
        if (fast && packet != null) {
            codec.skip_frame(mayHoldStill(packet) ? avcodec.AVDISCARD_DEFAULT : avcodec.AVDISCARD_NONREF);
        }
        int result = avcodec.avcodec_send_packet(codec, packet);
        // FFmpeg promises that a refused packet is accepted once the waiting frames are taken; never spin on it.
        for (int tries = 0; result == EAGAIN && tries < MAX_RETRIES; tries++) {
            receiveAll();
            result = avcodec.avcodec_send_packet(codec, packet);
        }
        if (result < 0 && result != avutil.AVERROR_EOF()) {
            damaged++;
        } else if (packet != null) {
            packetsTaken++;
        }
        receiveAll();
        seconds.videoHoldsPictures(packet != null && packetsTaken > picturesOut);
        if (packet == null && hasKept) {
            seconds.still((int) Math.floor(keptTime), scaler.scale(kept), clips.clip(), keptTime);
            hasKept = false;
        }
    }

    /** Adds the clip frames the ring holds to {@code into}. */
    void collectClipFrames(Collection<RgbImage> into) {
        clips.collectHeld(into);
    }

    /** Where the video ends: the last picture's time plus its duration, or 0 without pictures. */
    double end() {
        return lastTime == Double.NEGATIVE_INFINITY ? 0 : lastTime + lastDuration;
    }

    int damagedPackets() {
        return damaged;
    }

    int repairedTimestamps() {
        return repairedTimestamps;
    }

    /** How many pictures were left out because their size was absurd, and why the last one was. */
    int skippedPictures() {
        return skippedPictures;
    }

    String skippedReason() {
        return skippedReason;
    }

    private boolean mayHoldStill(AVPacket packet) {
        long pts = packet.pts();
        if (pts == avutil.AV_NOPTS_VALUE()) {
            return true;
        }
        double time = pts * timeBase - origin;
        double duration = packet.duration() > 0 ? packet.duration() * timeBase : frameDuration;
        return Math.floor(time + duration * 1.5) > Math.floor(time);
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
        }
    }

    private void accept() {
        picturesOut++;
        if ((decoded.flags() & CORRUPT) != 0 || decoded.decode_error_flags() != 0) {
            damaged++;
        }
        int[] pixelAspect = Rationals.parts(decoded.sample_aspect_ratio());
        Optional<String> absurd = PictureLimits.problem(decoded.width(), decoded.height(),
                pixelAspect[0], pixelAspect[1]);
        if (absurd.isPresent()) {
            skippedPictures++;
            skippedReason = absurd.get();
            avutil.av_frame_unref(decoded);
            return;
        }
        double duration = decoded.duration() > 0 ? decoded.duration() * timeBase : frameDuration;
        long timestamp = decoded.best_effort_timestamp();
        double time = countPictures ? countOrigin + pictures * frameDuration
                : timestamp == avutil.AV_NOPTS_VALUE() ? Double.NaN : timestamp * timeBase - origin;
        pictures++;
        if (Double.isNaN(time) || time <= lastTime) {
            time = lastTime == Double.NEGATIVE_INFINITY ? 0 : lastTime + lastDuration;
            repairedTimestamps++;
        }
        lastTime = time;
        lastDuration = duration;
        seconds.videoReached(time);
        if (!fast) {
            cuts.picture(decoded, time);
        }
        if (hasKept && Math.floor(time) > Math.floor(keptTime)) {
            seconds.still((int) Math.floor(keptTime), scaler.scale(kept), clips.clip(), keptTime);
        }
        clips.add(decoded);
        avutil.av_frame_unref(kept);
        avutil.av_frame_move_ref(kept, decoded);
        hasKept = true;
        keptTime = time;
    }

    /** @return the shot cuts among the pictures so far; none in fast mode, which skips pictures */
    List<Double> shotCuts() {
        return cuts.cuts();
    }

    @Override
    public void close() {
        avutil.av_frame_free(kept);
        avutil.av_frame_free(decoded);
        scaler.close();
        clips.close();
        avcodec.avcodec_free_context(codec);
    }
}
