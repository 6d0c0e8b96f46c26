package org.kissdetect.decode.internal;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.testmedia.TestMovie;

/** Second k's still and sound are exactly what the test-media kit put there, whatever the file looks like. */
class TimingRulesTest {

    @TempDir
    static Path folder;

    static Stream<Arguments> movies() {
        TestMovie small = TestMovie.small();
        return Stream.of(
                Arguments.of("mp4 h264 25", small),
                Arguments.of("mkv h264 25", small.withContainer("mkv")),
                Arguments.of("mov h264 25", small.withContainer("mov")),
                Arguments.of("ts h264 25", small.withContainer("ts")),
                Arguments.of("avi mpeg4 25", small.withContainer("avi").withVideoCodec("mpeg4")),
                Arguments.of("avi mpeg4 B-frames", small.withContainer("avi").withVideoCodec("mpeg4").withBFrames(2)),
                Arguments.of("mp4 mpeg4 B-frames 29.97", small.withVideoCodec("mpeg4").withBFrames(3)
                        .withFrameRate(30000.0 / 1001)),
                Arguments.of("mp4 23.976", small.withFrameRate(24000.0 / 1001)),
                Arguments.of("mp4 29.97", small.withFrameRate(30000.0 / 1001)),
                Arguments.of("mkv 60", small.withContainer("mkv").withFrameRate(60)),
                Arguments.of("mp4 variable", small.withVariableFrameRate()),
                Arguments.of("mkv variable", small.withContainer("mkv").withVariableFrameRate()),
                Arguments.of("mp4 odd size mpeg4", small.withVideoCodec("mpeg4").withSize(161, 91)),
                Arguments.of("mp4 portrait", small.withSize(90, 160)),
                Arguments.of("mp4 4K one second", small.withSize(3840, 2160).withSeconds(1)),
                Arguments.of("mp4 late audio", small.withAudioFrom(0.5)),
                Arguments.of("mkv late audio", small.withContainer("mkv").withAudioFrom(1.3)),
                Arguments.of("mp4 no audio", small.withoutAudio()),
                Arguments.of("mp4 picture gap", small.withSeconds(4).withPictureGap(1.5, 3.2)),
                Arguments.of("mp4 index at front", small.withIndexAtFront(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movies")
    void eachSecondHoldsWhatTheKitWrote(String name, TestMovie movie) throws Exception {
        Path file = Movies.write(folder, name.replace(' ', '-') + "." + movie.settings().container(), movie);

        Movies.assertAsWritten(movie, Movies.decodeAll(Movies.EXACT, file));
    }
}
