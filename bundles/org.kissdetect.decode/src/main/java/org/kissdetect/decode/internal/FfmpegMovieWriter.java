package org.kissdetect.decode.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.MediaWriteException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieWriter;
import org.kissdetect.common.files.OutputTransaction;

/**
 * A movie being written into a hidden temporary file beside its final name, moved there atomically by
 * {@link #finish()}; closing without finishing deletes the temporary file.
 */
final class FfmpegMovieWriter implements MovieWriter {

    private static final Map<String, String> MUXERS = Map.of("mp4", "mp4", "mkv", "matroska", "mov", "mov",
            "avi", "avi", "ts", "mpegts");

    private final Path target;
    private final Path temporary;
    private final AVFormatContext container;
    private VideoEncoder video;
    private AudioEncoder audio;
    private boolean finished;
    private boolean closed;

    FfmpegMovieWriter(Path target, EncodingSettings settings) throws MediaException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new MediaWriteException(target, Double.NaN, "its folder " + folder + " does not exist or is not writable", null);
        }
        this.temporary = folder.resolve("." + this.target.getFileName() + "." + UUID.randomUUID() + ".part");
        container = new AVFormatContext(null);
        int result = avformat.avformat_alloc_output_context2(container, null, MUXERS.get(settings.container()),
                temporary.toString());
        if (result < 0) {
            throw new MediaException(target, "cannot create a " + settings.container() + " file: "
                    + FfmpegRuntime.describe(result));
        }
        try {
            if (settings.hasVideo()) {
                video = new VideoEncoder(target, container, settings);
            }
            if (settings.hasAudio()) {
                audio = new AudioEncoder(target, container, settings.audioSampleRate(),
                        settings.container().equals("avi"));
            }
            open(settings);
        } catch (MediaException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    private void open(EncodingSettings settings) throws MediaException {
        if ((container.oformat().flags() & avformat.AVFMT_NOFILE) == 0) {
            AVIOContext io = new AVIOContext(null);
            int result = avformat.avio_open(io, temporary.toString(), avformat.AVIO_FLAG_WRITE);
            if (result < 0) {
                throw new MediaWriteException(target, Double.NaN, "cannot create " + temporary + ": " + FfmpegRuntime.describe(result), null);
            }
            container.pb(io);
        }
        if (settings.startTimecode() != null) {
            // mov makes a tmcd track of it; the other muxers write it as a tag.
            AVDictionary metadata = container.metadata();
            metadata = metadata == null ? new AVDictionary(null) : metadata;
            avutil.av_dict_set(metadata, "timecode", settings.startTimecode().toString(), 0);
            container.metadata(metadata);
        }
        AVDictionary options = new AVDictionary(null);
        if (settings.indexAtFront() && (settings.container().equals("mp4") || settings.container().equals("mov"))) {
            avutil.av_dict_set(options, "movflags", "+faststart", 0);
        }
        int result = avformat.avformat_write_header(container, options);
        avutil.av_dict_free(options);
        if (result < 0) {
            throw new MediaException(target, "cannot start the " + settings.container() + " file: "
                    + FfmpegRuntime.describe(result));
        }
    }

    @Override
    public void writeFrame(RgbImage picture, double seconds) throws MediaException {
        checkOpen();
        if (video == null) {
            throw new IllegalStateException(target + " has no video");
        }
        video.write(picture, seconds);
    }

    @Override
    public void writeAudio(float[] mono, double startSeconds) throws MediaException {
        checkOpen();
        if (audio == null) {
            throw new IllegalStateException(target + " has no sound");
        }
        audio.write(mono, startSeconds);
    }

    @Override
    public void finish() throws MediaException {
        checkOpen();
        if (video != null) {
            video.finish();
        }
        if (audio != null) {
            audio.finish();
        }
        int result = avformat.av_write_trailer(container);
        if (result < 0) {
            throw new MediaWriteException(target, Double.NaN, "cannot complete the file: " + FfmpegRuntime.describe(result), null);
        }
        closeFile();
        try {
            OutputTransaction.move(temporary, target);
        } catch (IOException e) {
            throw new MediaWriteException(target, Double.NaN, "cannot move the finished movie into place: " + e, e);
        }
        finished = true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (video != null) {
            video.close();
        }
        if (audio != null) {
            audio.close();
        }
        closeFile();
        avformat.avformat_free_context(container);
        if (!finished) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing sits under the final name; a leftover hidden .part file is all that remains.
            }
        }
    }

    private void closeFile() {
        if (container.pb() != null && !container.pb().isNull()
                && (container.oformat().flags() & avformat.AVFMT_NOFILE) == 0) {
            avformat.avio_closep(container.pb());
            container.pb(null);
        }
    }

    private void checkOpen() {
        if (closed || finished) {
            throw new IllegalStateException("the writer of " + target + " is " + (closed ? "closed" : "finished"));
        }
    }
}
