package org.kissdetect.decode.internal;

import java.nio.file.Path;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.encode.MovieWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The encoding service: movies written with FFmpeg (OpenH264 or MPEG-4 video, AAC sound). It lives in this bundle
 * because FFmpeg's natives may be loaded by one bundle only. It shares the decoder's configuration for the
 * JavaCPP cache folder.
 */
@Component(service = MovieEncoder.class, configurationPid = DecodeSettings.PID, immediate = true)
public final class FfmpegEncoderComponent implements MovieEncoder {

    @Activate
    public FfmpegEncoderComponent(DecoderConfiguration configuration,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this(DecodeSettings.of(configuration), logger);
    }

    FfmpegEncoderComponent(DecodeSettings settings, Logger logger) {
        FfmpegRuntime.start(settings.cacheDir(), logger);
    }

    /**
     * The only setting the encoder reads, the JavaCPP cache folder, is read once per process: a new configuration
     * is checked and changes nothing here, rather than restarting the service under a writer in use.
     */
    @Modified
    void modified(DecoderConfiguration configuration) {
        DecodeSettings.of(configuration);
    }

    @Override
    public MovieWriter create(Path movie, EncodingSettings settings) throws MediaException {
        if (movie == null || settings == null) {
            throw new IllegalArgumentException("a movie needs a file and settings");
        }
        FfmpegRuntime.ready();
        return new FfmpegMovieWriter(movie, settings);
    }
}
