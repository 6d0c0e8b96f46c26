package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.testmedia.TestMovie;
import org.osgi.service.log.Logger;

/** FFmpeg's complaints about a damaged file reach the OSGi log at INFO or DEBUG, a bounded number of them. */
class FfmpegLogTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedFileLogsABoundedNumberOfLinesAndNoErrors() throws Exception {
        Logger logger = mock(Logger.class);
        MovieDecoder decoder = new FfmpegDecoderComponent(Standalone.settings("exact"), logger);
        try {
            // Writing the movie makes the test kit's own encoder, outside OSGi: it must not take the log over.
            Path movie = BadInputTest.withGarbageInTheMiddle(Movies.write(folder, "damaged.ts",
                    TestMovie.small().withContainer("ts").withSeconds(6)), 500_000);
            long start = System.nanoTime();
            try {
                Movies.decodeAll(decoder, movie);
            } catch (MediaException e) {
                // Either outcome is fine here; what matters is what reached the log.
            }
            long windows = 1 + (System.nanoTime() - start) / (FfmpegLog.WINDOW_SECONDS * 1_000_000_000L);
            long lines = mockingDetails(logger).getInvocations().size();
            assertThat(lines).isPositive().isLessThanOrEqualTo(windows * (FfmpegLog.BURST + 1));
            verify(logger, never()).error(anyString(), any(Object.class));
        } finally {
            FfmpegRuntime.start(Path.of("unused"), mock(Logger.class, withSettings().stubOnly()));
        }
    }

    @Test
    void decodersAndEncodersMadeOutsideOsgiLeaveTheLogWhereItGoes() {
        Logger logger = mock(Logger.class);
        new FfmpegDecoderComponent(Standalone.settings("exact"), logger);
        try {
            Standalone.decoder("exact");
            Standalone.encoder();
            FfmpegRuntime.ready();

            avutil.av_log(null, avutil.AV_LOG_ERROR, "a complaint\n");

            verify(logger).info("FFmpeg: {}", "a complaint");
        } finally {
            FfmpegRuntime.start(Path.of("unused"), mock(Logger.class, withSettings().stubOnly()));
        }
    }

    @Test
    void aNewLoggerStartsWithAFullBurst() {
        Logger first = mock(Logger.class);
        Logger second = mock(Logger.class);
        FfmpegLog log = new FfmpegLog();
        log.routeTo(first);
        for (int i = 0; i < FfmpegLog.BURST * 2; i++) {
            log.log(avutil.AV_LOG_ERROR, "broken packet", i);
        }

        log.routeTo(second);
        log.log(avutil.AV_LOG_ERROR, "next file", FfmpegLog.BURST * 2);

        verify(first).info("FFmpeg: {} further messages were not logged", FfmpegLog.BURST);
        verify(second).info("FFmpeg: {}", "next file");
    }

    @Test
    void levelsMapToTheOsgiLog() {
        Logger logger = mock(Logger.class);
        FfmpegLog log = new FfmpegLog();
        log.routeTo(logger);

        log.log(avutil.AV_LOG_FATAL, "fatal", 0);
        log.log(avutil.AV_LOG_ERROR, "error", 0);
        log.log(avutil.AV_LOG_WARNING, "warning", 0);

        verify(logger).error("FFmpeg: {}", "fatal");
        verify(logger).info("FFmpeg: {}", "error");
        verify(logger).debug("FFmpeg: {}", "warning");
    }

    @Test
    void aFloodIsCutAndCounted() {
        Logger logger = mock(Logger.class);
        FfmpegLog log = new FfmpegLog();
        log.routeTo(logger);
        for (int i = 0; i < 5000; i++) {
            log.log(avutil.AV_LOG_ERROR, "broken packet", i * 1_000_000L);
        }
        log.log(avutil.AV_LOG_ERROR, "later", 20_000_000_000L);

        verify(logger, org.mockito.Mockito.times(FfmpegLog.BURST)).info("FFmpeg: {}", "broken packet");
        verify(logger).info("FFmpeg: {} further messages were not logged", 5000 - FfmpegLog.BURST);
        verify(logger).info("FFmpeg: {}", "later");
    }
}
