package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.testmedia.TestMovie;

/**
 * Pictures that cannot be a still and that nothing refers to are not decoded, and every still stays the one a decoder
 * of every picture gives, bit for bit, with the same sound: on B-frame H.264 with closed and open GOPs, on HEVC with
 * B-frames, on MPEG-4 part 2 with B-frames, and on OpenH264's stream without B-frames, where nothing can be skipped.
 */
class SkippedPicturesTest {

    private static final FfmpegDecoderComponent EVERY_PICTURE = new FfmpegDecoderComponent(
            DecodeSettings.of(Configurations.decoder("exact", 0, 30, "", -1, false)), null);
    private static final FfmpegDecoderComponent SKIPPING = new FfmpegDecoderComponent(
            DecodeSettings.of(Configurations.decoder("exact", 0, 30, "", -1, true)), null);
    private static final String MOVING_PICTURE = "testsrc2=size=640x360:rate=";
    private static final String SOUND = "sine=f=440:sample_rate=48000";

    @TempDir
    static Path folder;

    record Movie(String name, boolean hasSkippablePictures, Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        Path make(Path folder, String name) throws Exception;
    }

    static Stream<Arguments> movies() {
        return Stream.of(
                Arguments.of(new Movie("x264 B-frames closed GOP", true, (f, n) -> FfmpegCommand.make(f, n + ".mp4",
                        "-f", "lavfi", "-i", MOVING_PICTURE + "25", "-f", "lavfi", "-i", SOUND, "-t", "8",
                        "-c:v", "libx264", "-preset", "veryfast", "-bf", "3", "-flags", "+cgop", "-g", "50",
                        "-c:a", "aac"))),
                Arguments.of(new Movie("x264 B-frames open GOP 29.97 fps", true, (f, n) -> FfmpegCommand.make(f,
                        n + ".mkv", "-f", "lavfi", "-i", MOVING_PICTURE + "30000/1001", "-f", "lavfi", "-i", SOUND,
                        "-t", "8", "-c:v", "libx264", "-preset", "medium", "-x264-params",
                        "open-gop=1:keyint=60:bframes=3:b-pyramid=normal", "-c:a", "aac"))),
                Arguments.of(new Movie("HEVC B-frames", true, (f, n) -> FfmpegCommand.make(f, n + ".mp4",
                        "-f", "lavfi", "-i", MOVING_PICTURE + "24", "-f", "lavfi", "-i", SOUND, "-t", "8",
                        "-c:v", "libx265", "-x265-params", "bframes=4:keyint=48:log-level=error", "-tag:v", "hvc1",
                        "-c:a", "aac"))),
                Arguments.of(new Movie("MPEG-4 part 2 B-frames", true, (f, n) -> Movies.write(f, n + ".mkv",
                        TestMovie.small().withSeconds(8).withSize(640, 360).withContainer("mkv")
                                .withVideoCodec("mpeg4").withBFrames(2)))),
                Arguments.of(new Movie("OpenH264 without B-frames", false, (f, n) -> Movies.write(f, n + ".mp4",
                        TestMovie.small().withSeconds(8).withSize(640, 360)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movies")
    void stillsAreThoseOfEveryPictureDecoded(Movie movie) throws Exception {
        Path file = movie.maker().make(folder, movie.name().replaceAll("\\W+", "-"));

        Movies.Decoded everything = Movies.decodeCounting(EVERY_PICTURE, file);
        Movies.Decoded skipping = Movies.decodeCounting(SKIPPING, file);

        assertThat(skipping.seconds()).hasSameSizeAs(everything.seconds()).hasSizeGreaterThanOrEqualTo(7);
        for (int k = 0; k < everything.seconds().size(); k++) {
            SecondSample all = everything.seconds().get(k);
            SecondSample some = skipping.seconds().get(k);
            assertThat(some.still().pixels()).as("still of second %d", k).isEqualTo(all.still().pixels());
            assertThat(some.stillSeconds()).as("time of the still of second %d", k)
                    .isEqualTo(all.stillSeconds());
            assertThat(some.audio()).as("sound of second %d", k).isEqualTo(all.audio());
        }
        if (movie.hasSkippablePictures()) {
            assertThat(skipping.picturesDecoded()).as("pictures decoded when skipping")
                    .isLessThan(everything.picturesDecoded() * 9 / 10);
        } else {
            assertThat(skipping.picturesDecoded()).isEqualTo(everything.picturesDecoded());
        }
    }
}
