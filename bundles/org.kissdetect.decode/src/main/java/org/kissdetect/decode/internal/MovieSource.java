package org.kissdetect.decode.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;

/** An open movie file: the demuxer, its video and sound streams, where the movie's time starts. */
final class MovieSource implements AutoCloseable {

    /** A video stream starting this close to the file's start is taken as time 0 (audio priming shifts). */
    private static final double PRIMING_SECONDS = 0.5;
    private static final int ATTACHED_PICTURE = 0x400;

    final Path file;
    final AVFormatContext format;
    final AVStream video;
    /** The sound tracks heard: none, one, or a broadcast file's two mono channels, mixed. */
    final java.util.List<AVStream> sound;
    final double origin;
    final MovieInfo info;
    private final double[] timeBases;

    private MovieSource(Path file, AVFormatContext format, AVStream video, java.util.List<AVStream> sound,
            double origin, MovieInfo info) {
        this.file = file;
        this.format = format;
        this.video = video;
        this.sound = sound;
        this.origin = origin;
        this.info = info;
        this.timeBases = new double[format.nb_streams()];
        java.util.Arrays.fill(timeBases, Double.NaN);
    }

    static MovieSource open(Path file, Watchdog watchdog, int audioTrack) throws MediaException {
        checkFile(file);
        AVFormatContext format = avformat.avformat_alloc_context();
        watchdog.attach(format.interrupt_callback());
        try {
            watchdog.arm();
            // On failure FFmpeg frees the context and JavaCPP nulls this pointer (a C AVFormatContext**).
            int result = avformat.avformat_open_input(format, file.toString(), null, null);
            if (result < 0) {
                format = null;
                throw new MediaException(file, "not a movie FFmpeg can read: " + FfmpegRuntime.describe(result));
            }
            watchdog.arm();
            result = avformat.avformat_find_stream_info(format, (PointerPointer<?>) null);
            if (result < 0) {
                throw new MediaException(file, "cannot find its streams: " + FfmpegRuntime.describe(result));
            }
            MovieSource source = describe(file, format, audioTrack);
            format = null;
            return source;
        } finally {
            if (format != null && !format.isNull()) {
                avformat.avformat_close_input(format);
            }
        }
    }

    /** The time base of stream {@code index} in seconds, read once per stream. */
    double timeBase(int index) {
        if (index < 0 || index >= timeBases.length) {
            return 0;
        }
        if (Double.isNaN(timeBases[index])) {
            timeBases[index] = Rationals.value(format.streams(index).time_base());
        }
        return timeBases[index];
    }

    /** Whether the format's clock may jump (MPEG-TS, MPEG-PS), so that its jumps are joined, not kept. */
    boolean clockMayJump() {
        return (format.iformat().flags() & avformat.AVFMT_TS_DISCONT) != 0;
    }

    /**
     * Whether seeking lands where a pass from the start would be: the MP4 family's demuxer (MOV, MP4, M4A, 3GP),
     * whose sample tables give every packet its exact time and keyframe flag (edit lists applied), on a file that
     * can seek, with a clock that never jumps. Matroska's cues and MPEG-TS's clock do not promise that.
     */
    boolean seeksExactly() {
        boolean mp4Family = format.iformat() != null && format.iformat().name() != null
                && format.iformat().name().getString().startsWith("mov,");
        boolean seekable = format.pb() != null && (format.pb().seekable() & avformat.AVIO_SEEKABLE_NORMAL) != 0;
        return mp4Family && seekable && !clockMayJump();
    }

    int read(AVPacket packet) {
        return avformat.av_read_frame(format, packet);
    }

    @Override
    public void close() {
        avformat.avformat_close_input(format);
    }

    private static void checkFile(Path file) throws MediaException {
        if (!Files.exists(file)) {
            throw new MediaException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaException(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file, "not readable");
        }
        try {
            if (Files.size(file) == 0) {
                throw new MediaException(file, "the file is empty");
            }
        } catch (java.io.IOException e) {
            throw new MediaException(file, Double.NaN, "cannot read it: " + e.getMessage(), e);
        }
    }

    private static MovieSource describe(Path file, AVFormatContext format, int audioTrack) throws MediaException {
        int videoIndex = avformat.av_find_best_stream(format, avutil.AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        AVStream video = videoIndex < 0 ? null : format.streams(videoIndex);
        if (video == null || (video.disposition() & ATTACHED_PICTURE) != 0) {
            throw new MediaException(file, "it has no video stream");
        }
        AVCodecParameters parameters = video.codecpar();
        if (parameters.width() < 1 || parameters.height() < 1) {
            throw new MediaException(file, "its video stream has no picture size");
        }
        int[] pixelAspect = Rationals.parts(avformat.av_guess_sample_aspect_ratio(format, video, null));
        java.util.Optional<String> absurd = PictureLimits.problem(parameters.width(), parameters.height(),
                pixelAspect[0], pixelAspect[1]);
        if (absurd.isPresent()) {
            throw new MediaException(file, absurd.get());
        }
        int audioIndex = audioTrack < 0
                ? avformat.av_find_best_stream(format, avutil.AVMEDIA_TYPE_AUDIO, -1, videoIndex, (AVCodec) null, 0)
                : audioTrackIndex(file, format, audioTrack);
        AVStream audio = audioIndex < 0 ? null : format.streams(audioIndex);
        double origin = origin(format, video);
        double duration = format.duration() == avutil.AV_NOPTS_VALUE() || format.duration() < 0 ? 0
                : format.duration() / (double) avutil.AV_TIME_BASE;
        double guessed = Rationals.value(avformat.av_guess_frame_rate(format, video, null));
        double frameRate = guessed > 0 ? guessed : 25;
        MovieInfo info = new MovieInfo(file, duration, frameRate, parameters.width(), parameters.height(),
                audio != null, SourceTimecode.of(format, video, frameRate), hdrTransfer(parameters),
                PictureGeometry.of(pixelAspect[0], pixelAspect[1], DisplayRotation.quarterTurns(video)),
                audio == null ? 0 : Math.max(0, audio.codecpar().ch_layout().nb_channels()))
                .withFormat(format(format, parameters, audio));
        AVStream partner = audioTrack < 0 && audio != null ? monoPartner(format, audio) : null;
        java.util.List<AVStream> sound = audio == null ? java.util.List.of()
                : partner == null ? java.util.List.of(audio) : java.util.List.of(audio, partner);
        return new MovieSource(file, format, video, sound, origin, info);
    }

    /** The demuxer's and the codecs' names, as a player would ask about them. */
    private static MovieFormat format(AVFormatContext format, AVCodecParameters video, AVStream audio) {
        String container = format.iformat() == null || format.iformat().name() == null ? "unknown"
                : format.iformat().name().getString();
        return new MovieFormat(container, avcodec.avcodec_get_name(video.codec_id()).getString(),
                audio == null ? null : avcodec.avcodec_get_name(audio.codecpar().codec_id()).getString());
    }

    /**
     * Broadcast files (MXF above all) keep each channel in a mono track of its own, the programme's left and right
     * first: when every sound track is mono, there are several and the file does not single one out as the default
     * (exactly one marked so: a choice between languages or versions, not channels), the chosen one is mixed with the
     * next (the last with the one before), as a stereo track would be downmixed.
     */
    private static AVStream monoPartner(AVFormatContext format, AVStream chosen) {
        java.util.List<AVStream> monos = new java.util.ArrayList<>();
        int defaults = 0;
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() == avutil.AVMEDIA_TYPE_AUDIO) {
                if (stream.codecpar().ch_layout().nb_channels() != 1) {
                    return null;
                }
                monos.add(stream);
                defaults += (stream.disposition() & avformat.AV_DISPOSITION_DEFAULT) != 0 ? 1 : 0;
            }
        }
        if (defaults == 1) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < monos.size(); i++) {
            if (monos.get(i).index() == chosen.index()) {
                at = i;
            }
        }
        if (monos.size() < 2 || at < 0) {
            return null;
        }
        return monos.get(at + 1 < monos.size() ? at + 1 : at - 1);
    }

    /** The stream index of the configured sound track, counting sound tracks only from 0. */
    private static int audioTrackIndex(Path file, AVFormatContext format, int audioTrack) throws MediaException {
        int seen = 0;
        for (int i = 0; i < format.nb_streams(); i++) {
            if (format.streams(i).codecpar().codec_type() == avutil.AVMEDIA_TYPE_AUDIO && seen++ == audioTrack) {
                return i;
            }
        }
        throw new MediaException(file, "sound track " + audioTrack + " was asked for (" + DecodeSettings.PID
                + " audioTrack, counting from 0), but the movie has " + seen);
    }

    /** PQ or HLG when the video is high dynamic range, else null. */
    private static String hdrTransfer(AVCodecParameters parameters) {
        int transfer = parameters.color_trc();
        return transfer == avutil.AVCOL_TRC_SMPTE2084 ? "PQ" : transfer == avutil.AVCOL_TRC_ARIB_STD_B67 ? "HLG" : null;
    }

    /** The movie's time 0: the video's start, unless the file starts well before it; else the file's start. */
    private static double origin(AVFormatContext format, AVStream video) {
        double fileStart = format.start_time() == avutil.AV_NOPTS_VALUE() ? 0
                : format.start_time() / (double) avutil.AV_TIME_BASE;
        if (video.start_time() == avutil.AV_NOPTS_VALUE()) {
            return fileStart;
        }
        double videoStart = video.start_time() * Rationals.value(video.time_base());
        return Math.abs(videoStart - fileStart) < PRIMING_SECONDS ? videoStart : fileStart;
    }
}
