package org.kissdetect.decode.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.kissdetect.api.decode.ClipRequest;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SampleStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.configurator.annotations.RequireConfigurator;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The decoding service, on FFmpeg. Configured by PID {@value DecodeSettings#PID}; its properties, the
 * {@code mode} among them, are service properties, so a caller can wait for the mode it asked for. Immediate, so
 * that a bad configuration fails at once and FFmpeg's natives are loaded (and checked) at start-up.
 */
@RequireConfigurator
@Component(service = MovieDecoder.class, configurationPid = DecodeSettings.PID, immediate = true)
@Designate(ocd = DecoderConfiguration.class)
public final class FfmpegDecoderComponent implements MovieDecoder {

    private volatile DecodeSettings settings;

    @Activate
    public FfmpegDecoderComponent(DecoderConfiguration configuration,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this(DecodeSettings.of(configuration), logger);
    }

    FfmpegDecoderComponent(DecodeSettings settings, Logger logger) {
        this.settings = settings;
        FfmpegRuntime.start(settings.cacheDir(), logger);
    }

    /**
     * A new configuration (the shipped defaults arriving after activation, or a user's change) applies to the movies
     * opened after it, and its {@code mode} becomes this service's property; streams already open keep theirs.
     * The JavaCPP cache folder is read once per process.
     */
    @Modified
    void modified(DecoderConfiguration configuration) {
        reconfigure(DecodeSettings.of(configuration));
    }

    void reconfigure(DecodeSettings changed) {
        settings = changed;
    }

    @Override
    public SampleStream open(Path movie) throws MediaException {
        return openAt(movie, settings, Optional.empty(), 0);
    }

    /**
     * {@inheritDoc} Every picture is decoded and scaled to the clip's size, so that a clip's frames are consecutive:
     * a decoder in {@code fast} mode, which skips pictures that cannot be a still, decodes such a movie in
     * {@code exact} mode (with the configuration's other settings).
     *
     * @throws IllegalArgumentException when no clip request is given
     */
    @Override
    public SampleStream open(Path movie, ClipRequest clip) throws MediaException {
        if (clip == null) {
            throw new IllegalArgumentException("no clip request to open " + movie + " with: open the movie without"
                    + " one to get seconds without clips");
        }
        DecodeSettings current = settings;
        return openAt(movie, current.fast() ? current.exact() : current, Optional.of(clip), 0);
    }

    /**
     * {@inheritDoc} In the MP4 family (MOV, MP4, M4A, 3GP), whose index gives every packet its exact time and
     * keyframe flag, the file is seeked to the video keyframe at or before {@link SeekStart#preroll} seconds before
     * {@code firstSecond}, the pictures from there decoded, and the sound decoded from the start from a second
     * opening of the file (see {@link SeekStart}); every other container, a file that cannot seek, or a seek that
     * does not land on such a keyframe, is decoded from the start and its earlier seconds dropped.
     */
    @Override
    public SampleStream openAt(Path movie, ClipRequest clip, int firstSecond) throws MediaException {
        if (firstSecond < 0) {
            throw new IllegalArgumentException("the first second is 0 or later, got " + firstSecond);
        }
        DecodeSettings current = settings;
        if (clip != null && current.fast()) {
            current = current.exact();
        }
        return openAt(movie, current, Optional.ofNullable(clip), firstSecond);
    }

    private static SampleStream openAt(Path movie, DecodeSettings settings, Optional<ClipRequest> clip,
            int firstSecond) throws MediaException {
        if (movie == null) {
            throw new IllegalArgumentException("no movie to open");
        }
        FfmpegRuntime.ready();
        Watchdog watchdog = new Watchdog(settings.stallTimeout());
        MovieSource source = null;
        try {
            source = MovieSource.open(movie, watchdog, settings.audioTrack());
            if (firstSecond > 0 && source.seeksExactly()) {
                double preroll = SeekStart.preroll(clip.map(ClipRequest::frames).orElse(0), source.info.frameRate());
                double target = firstSecond - preroll;
                Optional<SeekStart> start = target > 0 ? SeekStart.seek(source, watchdog, target) : Optional.empty();
                if (start.isPresent()) {
                    try {
                        return new FfmpegSampleStream(source, watchdog, settings, clip, firstSecond, start.get());
                    } catch (SeekStart.Refused refused) {
                        // decoded from the start below
                    }
                }
                if (target > 0) {
                    source.close();
                    source = null;
                    source = MovieSource.open(movie, watchdog, settings.audioTrack());
                }
            }
            return new FfmpegSampleStream(source, watchdog, settings, clip, firstSecond, null);
        } catch (MediaException | RuntimeException e) {
            if (source != null) {
                source.close();
            }
            watchdog.close();
            throw e;
        }
    }

    /** The mode this decoder runs in, {@code exact} or {@code fast}. */
    String mode() {
        return settings.mode();
    }
}
