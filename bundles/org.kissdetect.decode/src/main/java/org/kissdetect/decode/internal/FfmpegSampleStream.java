package org.kissdetect.decode.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;

/**
 * Reads a movie once, in order, packet by packet, until the next second is complete: from the start, or (opened at a
 * later second) from a keyframe before it that {@link SeekStart} found. Holds one
 * packet, the decoders' own buffers, the kept picture, the last frames of a clip when one was requested, and the
 * seconds not yet handed out: memory does not grow with the film's length.
 */
final class FfmpegSampleStream implements SampleStream {

    /** Consecutive read errors after which the rest of the file is given up. */
    private static final int READ_ERRORS_TO_STOP = 100;
    private static final double DURATION_TOLERANCE = 1.0;

    private final MovieSource source;
    private final Watchdog watchdog;
    private final VideoTrack video;
    /** One decoder per sound track heard, in {@code source.sound}'s order. */
    private final List<AudioTrack> sound;
    private final SecondAssembler seconds;
    private final AVPacket packet = avcodec.av_packet_alloc();
    private final List<String> warnings = new ArrayList<>();
    private final DamageReport damage = new DamageReport();
    private final PacketClock clock;
    /** The first second handed out. */
    private final int firstSecond;
    /** Where reading started after a seek, or null when it started at the file's start. */
    private final SeekStart seekStart;
    private MediaException failure;
    private double position;
    private int readErrors;
    private boolean ended;
    private boolean closed;

    /**
     * A stream of the seconds from {@code firstSecond}: read from the start, the earlier ones decoded and dropped,
     * when {@code seekStart} is null; else read from where the seek left the source.
     *
     * @throws SeekStart.Refused when the sound before the seek point cannot be decoded exactly; nothing is left
     *                           open but the source, which must be opened again
     */
    FfmpegSampleStream(MovieSource source, Watchdog watchdog, DecodeSettings settings, Optional<ClipRequest> clip,
            int firstSecond, SeekStart seekStart) throws MediaException {
        this.source = source;
        this.watchdog = watchdog;
        this.firstSecond = firstSecond;
        this.seekStart = seekStart;
        this.seconds = seekStart == null ? new SecondAssembler(source.sound.size())
                : new SecondAssembler(source.sound.size(), firstSecond);
        this.clock = new PacketClock(source.clockMayJump(), streamContents(source));
        VideoTrack openedVideo = null;
        List<AudioTrack> openedSound = new ArrayList<>();
        // Two mono channels are mixed at -3 dB each, as swresample downmixes a stereo track.
        float gain = source.sound.size() > 1 ? (float) Math.sqrt(0.5) : 1f;
        try {
            openedVideo = new VideoTrack(source.file, source.video, source.info.frameRate(), source.origin,
                    settings, seconds, clip);
            for (int track = 0; track < source.sound.size(); track++) {
                openedSound.add(new AudioTrack(source.file, source.sound.get(track), source.origin, seconds, track,
                        gain));
            }
            this.sound = List.copyOf(openedSound);
            this.video = openedVideo;
            if (seekStart != null) {
                seekStart.decodeSoundBefore(source, watchdog, sound);
            }
        } catch (MediaException | RuntimeException e) {
            if (openedVideo != null) {
                openedVideo.close();
            }
            openedSound.forEach(AudioTrack::close);
            avcodec.av_packet_free(packet);
            if (seekStart != null) {
                seekStart.close();
            }
            throw e;
        }
    }

    @Override
    public MovieInfo info() {
        return source.info;
    }

    /**
     * {@inheritDoc} A failure inside the decoder (an allocation that failed, a resampler FFmpeg refused) ends the
     * stream with a MediaException naming the file and the time, never as an Error on the caller's thread.
     */
    @Override
    public Optional<SecondSample> next() throws MediaException {
        if (closed) {
            throw new IllegalStateException("the stream of " + source.file + " is closed");
        }
        if (failure != null) {
            throw failure;
        }
        try {
            return nextSecond();
        } catch (RuntimeException | OutOfMemoryError e) {
            failure = new MediaException(source.file, position, "decoding failed: " + describe(e), e);
            throw failure;
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return failure instanceof OutOfMemoryError ? "out of memory (" + message + ")" : message;
    }

    private Optional<SecondSample> nextSecond() throws MediaException {
        while (true) {
            Optional<SecondSample> ready = seconds.poll();
            if (ready.isPresent() && ready.get().second() < firstSecond) {
                continue;
            }
            if (ready.isPresent() || seconds.finished()) {
                return ready;
            }
            if (ended) {
                throw new MediaException(source.file, position, "no picture could be decoded", null);
            }
            if (!readPacket()) {
                finish();
            }
        }
    }

    /**
     * How many clip frames this stream holds now, in its ring and in the seconds it has not handed out or may
     * reuse: bounded by the clip's length and the seconds in flight, never by the film's length.
     */
    int retainedClipFrames() {
        Set<RgbImage> held = Collections.newSetFromMap(new IdentityHashMap<>());
        video.collectClipFrames(held);
        seconds.collectClipFrames(held);
        return held.size();
    }

    /** How many times the decoder halves each picture's size, 0 for full size. */
    int halvings() {
        return video.halvings();
    }

    /** Whether the stream started at a keyframe before its first second instead of at the file's start. */
    boolean seeked() {
        return seekStart != null;
    }

    /** How many pictures were decoded so far. */
    long picturesDecoded() {
        return video.picturesDecoded();
    }

    @Override
    public List<Double> shotCuts() {
        return video.shotCuts();
    }

    @Override
    public List<String> warnings() {
        List<String> all = new ArrayList<>(clock.warnings());
        all.addAll(warnings);
        damage.warning().ifPresent(all::add);
        if (source.info.hdrTransfer() != null) {
            all.add("the video is high dynamic range (" + source.info.hdrTransfer() + "): its stills were"
                    + " tone-mapped to SDR BT.709 (reference white 203 nits, highlights rolled off above 80 %), as"
                    + " an automatic conversion does, not as a colourist would grade them");
        }
        if (video.skippedPictures() > 0) {
            all.add(video.skippedPictures() + " pictures were left out: " + video.skippedReason());
        }
        if (video.repairedTimestamps() > 1) {
            all.add(video.repairedTimestamps() + " pictures had missing or backward timestamps; they were"
                    + " placed one frame after the previous picture");
        }
        if (seconds.lateAudioSamples() > 0) {
            all.add(seconds.lateAudioSamples() + " sound samples arrived after their second was complete and"
                    + " were dropped (badly interleaved file)");
        }
        return all;
    }

    /** Reads and decodes one packet; false at the end of the file or when reading must stop. */
    private boolean readPacket() throws MediaException {
        watchdog.arm();
        int result = seekStart != null && seekStart.takeHeld(packet) ? 0 : source.read(packet);
        if (result == avutil.AVERROR_EOF()) {
            return false;
        }
        if (result == avutil.AVERROR_EXIT()) {
            throw new MediaException(source.file, position, "reading made no progress in time (stalled file?)", null);
        }
        if (result < 0) {
            if (++readErrors >= READ_ERRORS_TO_STOP) {
                warnings.add("reading stopped at " + String.format("%.3f", position) + " s: "
                        + FfmpegRuntime.describe(result));
                return false;
            }
            return true;
        }
        readErrors = 0;
        try {
            placeOnTheMoviesClock();
            int damagedBefore = damagedSoFar();
            if (packet.stream_index() == source.video.index()) {
                video.decode(packet);
            } else {
                for (int track = 0; track < sound.size(); track++) {
                    if (packet.stream_index() == source.sound.get(track).index()
                            && (seekStart == null || !seekStart.decodedBefore(packet))) {
                        sound.get(track).decode(packet);
                    }
                }
            }
            damage.add(damagedSoFar() - damagedBefore, position);
        } finally {
            avcodec.av_packet_unref(packet);
        }
        return true;
    }

    /**
     * Moves the packet's timestamps by what the clock's jumps so far add (see {@link PacketClock}) and notes how
     * far the file has got.
     */
    private void placeOnTheMoviesClock() {
        int stream = packet.stream_index();
        long time = packet.dts() != avutil.AV_NOPTS_VALUE() ? packet.dts() : packet.pts();
        if (time == avutil.AV_NOPTS_VALUE()) {
            return;
        }
        double base = source.timeBase(stream);
        double offset = clock.place(stream, time * base - source.origin, Math.max(0, packet.duration()) * base);
        if (offset != 0 && base > 0) {
            long ticks = Math.round(offset / base);
            if (packet.pts() != avutil.AV_NOPTS_VALUE()) {
                packet.pts(packet.pts() + ticks);
            }
            if (packet.dts() != avutil.AV_NOPTS_VALUE()) {
                packet.dts(packet.dts() + ticks);
            }
        }
        position = Math.max(position, time * base - source.origin + offset);
        seconds.fileReached(position);
    }

    private int damagedSoFar() {
        return video.damagedPackets() + sound.stream().mapToInt(AudioTrack::damagedPackets).sum();
    }

    private static String[] streamContents(MovieSource source) {
        String[] contents = new String[source.format.nb_streams()];
        contents[source.video.index()] = "picture";
        for (AVStream track : source.sound) {
            contents[track.index()] = "sound";
        }
        return contents;
    }

    private void finish() {
        int damagedBefore = damagedSoFar();
        video.decode(null);
        sound.forEach(track -> track.decode(null));
        damage.add(damagedSoFar() - damagedBefore, position);
        double end = Math.max(video.end(), 0);
        for (AudioTrack track : sound) {
            end = Math.max(end, (double) track.end() / AudioWindows.RATE);
        }
        double declared = source.info.durationSeconds();
        if (declared > 0 && Math.abs(declared - end) > DURATION_TOLERANCE) {
            warnings.add(end < declared
                    ? "the movie ends at " + MovieClock.format(end) + " although its container declares "
                            + MovieClock.format(declared) + " (truncated or damaged?): only what was decoded is"
                            + " analysed"
                    : "the movie runs to " + MovieClock.format(end) + " although its container declares only "
                            + MovieClock.format(declared));
        }
        if (end < 1) {
            warnings.add(String.format("the movie is shorter than one second (%.3f s): it has no complete second", end));
        }
        ended = true;
        seconds.end(end);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        avcodec.av_packet_free(packet);
        video.close();
        sound.forEach(AudioTrack::close);
        source.close();
        watchdog.close();
        if (seekStart != null) {
            seekStart.close();
        }
    }
}
