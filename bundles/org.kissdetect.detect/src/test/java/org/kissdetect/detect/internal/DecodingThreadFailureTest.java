package org.kissdetect.detect.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.detect.DetectionRequest;
import org.kissdetect.api.segment.SegmentationParameters;

/** Whatever the decoding thread dies of, the detection ends with an error naming the movie, never waits forever. */
class DecodingThreadFailureTest {

    private static final SegmentationParameters PARAMETERS = new SegmentationParameters(5, 0.7, 0.5);
    /** Far longer than a detection of a few seconds takes; only a hang reaches it. */
    private static final Duration HANG = Duration.ofSeconds(30);

    @TempDir
    Path folder;
    Path movie;
    MovieDecoder decoder = mock(MovieDecoder.class);
    SampleStream stream = mock(SampleStream.class);
    DetectionComponent service;

    @BeforeEach
    void pipeline() throws Exception {
        movie = Files.writeString(folder.resolve("w.mp4"), "pretend movie");
        when(decoder.open(any())).thenReturn(stream);
        when(stream.info()).thenReturn(new MovieInfo(movie, 3, 25, 8192, 2, true));
        when(stream.warnings()).thenReturn(List.of());
        service = new DetectionComponent(decoder, new Fakes.Features(), new Fakes.Model(), Fakes.segmenter(PARAMETERS),
                Fakes.configuration(4, 2, folder.resolve("cache").toString()));
    }

    @Test
    void anOutOfMemoryErrorOnTheDecodingThreadEndsTheRun() throws Exception {
        when(stream.next()).thenThrow(new OutOfMemoryError("Cannot allocate 8192x2 frame"));

        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(this::detect).isInstanceOf(MediaException.class)
                .hasMessageContaining("w.mp4").hasMessageContaining("OutOfMemoryError")
                .hasMessageContaining("Cannot allocate 8192x2 frame"));
        verify(stream).close();
    }

    @Test
    void aRuntimeExceptionAfterSomeSecondsEndsTheRun() throws Exception {
        when(stream.next()).thenReturn(second(0), second(1)).thenThrow(new IllegalStateException("bad pointer"));

        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(this::detect).isInstanceOf(MediaException.class)
                .hasMessageContaining("w.mp4").hasMessageContaining("bad pointer"));
        verify(stream).close();
    }

    private void detect() throws Exception {
        service.detect(new DetectionRequest(movie, Fakes.modelDirectory(folder.resolve("model"), "aaaa"), PARAMETERS),
                p -> { }, () -> false);
    }

    private Optional<SecondSample> second(int k) {
        return Optional.of(new SecondSample(k, k + 0.96, new RgbImage(4, 2, new byte[4 * 2 * 3]), new float[15_360], false, false));
    }
}
