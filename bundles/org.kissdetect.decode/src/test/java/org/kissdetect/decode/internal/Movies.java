package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.testmedia.FrameCode;
import org.kissdetect.testmedia.TestMedia;
import org.kissdetect.testmedia.TestMovie;
import org.kissdetect.testmedia.Tones;

/** Writing test movies and checking what the decoder makes of them, shared by the decoder's tests. */
final class Movies {

    /** The audio offset the issue allows: 2 ms at 16 kHz. */
    static final int ONSET_TOLERANCE = 32;

    static final MovieEncoder ENCODER = Standalone.encoder();
    static final MovieDecoder EXACT = Standalone.decoder("exact");

    private Movies() {
    }

    static Path write(Path folder, String name, TestMovie movie) throws MediaException {
        return TestMedia.write(ENCODER, folder.resolve(name), movie);
    }

    static List<SecondSample> decodeAll(MovieDecoder decoder, Path file) throws MediaException {
        try (SampleStream stream = decoder.open(file)) {
            return readAll(stream);
        }
    }

    /** Every second of a movie, with how many pictures were decoded and how many times each was halved. */
    record Decoded(List<SecondSample> seconds, long picturesDecoded, int halvings) {
    }

    static Decoded decodeCounting(FfmpegDecoderComponent decoder, Path file) throws MediaException {
        try (SampleStream stream = decoder.open(file)) {
            List<SecondSample> seconds = readAll(stream);
            FfmpegSampleStream ffmpeg = (FfmpegSampleStream) stream;
            return new Decoded(seconds, ffmpeg.picturesDecoded(), ffmpeg.halvings());
        }
    }

    private static List<SecondSample> readAll(SampleStream stream) throws MediaException {
        List<SecondSample> seconds = new ArrayList<>();
        for (Optional<SecondSample> next = stream.next(); next.isPresent(); next = stream.next()) {
            seconds.add(next.get());
        }
        return seconds;
    }

    /** The still of the movie's first second, decoded in exact mode. */
    static RgbImage firstStill(Path file) throws MediaException {
        return decodeAll(EXACT, file).get(0).still();
    }

    /** Asserts that every second holds exactly what the kit put there. */
    static void assertAsWritten(TestMovie movie, List<SecondSample> seconds) {
        assertAsWritten(movie, seconds, movie.completeSeconds());
    }

    /** Asserts that the movie has {@code count} seconds, each exactly as the kit put it there. */
    static void assertAsWritten(TestMovie movie, List<SecondSample> seconds, int count) {
        assertThat(seconds).as("complete seconds").hasSize(count);
        for (SecondSample second : seconds) {
            int k = second.second();
            TestMovie.ExpectedStill still = movie.expectedStill(k);
            assertThat(FrameCode.read(second.still())).as("frame code of second %d", k).isEqualTo(still.frame());
            assertThat(second.stillSeconds()).as("still time of second %d", k).isCloseTo(still.seconds(),
                    org.assertj.core.data.Offset.offset(0.0015));
            assertThat(second.frameReused()).as("frame reused in second %d", k).isEqualTo(still.reused());
            assertThat(Math.min(second.still().width(), second.still().height())).isEqualTo(256);
            int onset = movie.expectedOnset(k);
            assertThat(second.audioMissing()).as("audio missing in second %d", k).isEqualTo(onset < 0);
            if (onset >= 0) {
                assertThat(Tones.dominantHz(second.audio(), TestMovie.DECODED_RATE)).as("tone of second %d", k)
                        .isCloseTo(Tones.hz(k), org.assertj.core.data.Offset.offset(2.0));
                assertThat(Tones.onset(second.audio())).as("onset of second %d", k)
                        .isCloseTo(onset, org.assertj.core.data.Offset.offset(ONSET_TOLERANCE));
            }
        }
    }
}
