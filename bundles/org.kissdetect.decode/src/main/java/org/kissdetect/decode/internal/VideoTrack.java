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
 * <p>Pictures that cannot be a second's still and that no other picture refers to are not decoded (unless the
 * settings ask for every picture, or a clip request needs them all): a {@link StillLookahead} tells, before a packet
 * reaches the decoder, whether its picture may be a still, and the decoder is asked to skip it if it is not a
 * reference (for H.264 and HEVC its NAL header says so). Every still is the picture the decoder would give if it
 * decoded everything, bit for bit; the shot cuts are then found among the pictures decoded, so a cut that falls on a
 * skipped picture is placed on the next one decoded (encoders start a new shot with a reference picture).
 *
 * <p>In fast mode (never with a clip request), the loop filter is also skipped on pictures no other picture
 * refers to, and FFmpeg may take shortcuts: stills stay visually the same (35 dB), no cuts are found. Skipping the
 * loop filter on reference frames too would save about 10 % more CPU on streams without such frames, but the
 * error then drifts until the next keyframe: 34 dB was measured on a test movie, under the 35 dB the fast mode
 * promises.
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
    /** Packets held back to decide which pictures to skip; {@code null} when every picture is decoded. */
    private final StillLookahead lookahead;
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
    /** Packets the decoder was allowed to skip: they may give no picture. */
    private long skippable;
    private int skippedPictures;
    private String skippedReason;

    VideoTrack(Path file, AVStream stream, double frameRate, double origin, DecodeSettings settings,
            SecondAssembler seconds, Optional<ClipRequest> clip) throws MediaException {
        // The stills are 256 px on their short side: a codec that can decode at a fraction of the size does (a clip
        // request keeps every picture whole, its frames being cut and scaled on their own terms).
        this.codec = CodecContexts.openDecoder(file, stream, settings.threads(), "video",
                clip.isEmpty() && settings.decodeReduced() ? PictureScaler.STILL_SHORT_SIDE : 0);
        // Allocated once the codec is open: a stream FFmpeg cannot decode leaves nothing behind.
        this.decoded = avutil.av_frame_alloc();
        this.kept = avutil.av_frame_alloc();
        int quarterTurns = DisplayRotation.quarterTurns(stream);
        this.scaler = new PictureScaler(PictureScaler.STILL_SHORT_SIDE, quarterTurns);
        this.clips = clip.map(request -> ClipRing.of(request, quarterTurns)).orElseGet(ClipRing::none);
        this.timeBase = Rationals.value(stream.time_base());
        this.origin = origin;
        this.frameDuration = 1 / frameRate;
        this.fast = settings.fast() && clip.isEmpty();
        this.seconds = seconds;
        this.lookahead = (settings.skipPictures() || fast) && clip.isEmpty()
                ? new StillLookahead(timeBase, origin) : null;
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
            if (countPictures && lookahead != null) {
                lookahead.distrust();
            }
        }
        if (lookahead == null) {
            send(packet);
        } else if (packet != null) {
            lookahead.add(packet);
            while (lookahead.isFull()) {
                sendHeldBack();
            }
        } else {
            while (!lookahead.isEmpty()) {
                sendHeldBack();
            }
            send(null);
        }
        seconds.videoHoldsPictures(packet != null && holdsPictures());
        if (packet == null && hasKept) {
            seconds.still((int) Math.floor(keptTime), scaler.scale(kept), clips.clip(), keptTime);
            hasKept = false;
        }
    }

    private void sendHeldBack() {
        AVPacket held = lookahead.next();
        try {
            boolean mayBeStill = lookahead.mayBeStill(held);
            codec.skip_frame(mayBeStill ? avcodec.AVDISCARD_DEFAULT : avcodec.AVDISCARD_NONREF);
            if (!mayBeStill) {
                skippable++;
            }
            send(held);
        } finally {
            avcodec.av_packet_free(held);
        }
    }

    private void send(AVPacket packet) {
        int result = avcodec.avcodec_send_packet(codec, packet);
        // FFmpeg promises that a refused packet is accepted once the waiting frames are taken; never spin on it.
        for (int tries = 0; result == EAGAIN && tries < MAX_RETRIES; tries++) {
            receiveAll();
            result = avcodec.avcodec_send_packet(codec, packet);
        }
        if (result < 0 && result != avutil.AVERROR_EOF()) {
            noteDamage();
        } else if (packet != null) {
            packetsTaken++;
        }
        receiveAll();
    }

    /** Whether pictures are still to come from packets already read: held back, or inside the decoder. */
    private boolean holdsPictures() {
        return (lookahead != null && !lookahead.isEmpty()) || packetsTaken - skippable > picturesOut;
    }

    /** A damaged picture may never come out: which picture is a second's last is no longer known in advance. */
    private void noteDamage() {
        damaged++;
        if (lookahead != null) {
            lookahead.distrust();
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

    /** How many times the decoder halves each picture's size (FFmpeg's lowres), 0 for full size. */
    int halvings() {
        return codec.lowres();
    }

    /** How many pictures the decoder gave: fewer than the stream has when some were skipped. */
    long picturesDecoded() {
        return picturesOut;
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

    private void receiveAll() {
        while (true) {
            int result = avcodec.avcodec_receive_frame(codec, decoded);
            if (result < 0) {
                if (result != EAGAIN && result != avutil.AVERROR_EOF()) {
                    noteDamage();
                }
                return;
            }
            accept();
        }
    }

    private void accept() {
        picturesOut++;
        if ((decoded.flags() & CORRUPT) != 0 || decoded.decode_error_flags() != 0) {
            noteDamage();
        }
        int[] pixelAspect = Rationals.parts(decoded.sample_aspect_ratio());
        Optional<String> absurd = PictureLimits.problem(decoded.width(), decoded.height(),
                pixelAspect[0], pixelAspect[1]);
        if (absurd.isPresent()) {
            skippedPictures++;
            skippedReason = absurd.get();
            if (lookahead != null) {
                lookahead.distrust();
            }
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
            if (lookahead != null) {
                lookahead.distrust();
            }
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
        if (lookahead != null) {
            lookahead.close();
        }
        avutil.av_frame_free(kept);
        avutil.av_frame_free(decoded);
        scaler.close();
        clips.close();
        avcodec.avcodec_free_context(codec);
    }
}
