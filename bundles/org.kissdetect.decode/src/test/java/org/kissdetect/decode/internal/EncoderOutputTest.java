package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.testmedia.TestMovie;

/**
 * The same movie is the same file on every machine: test media, and what tests measure on them, must not depend
 * on how many cores the machine that ran the tests has.
 */
class EncoderOutputTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"h264", "mpeg4"})
    void theFileDoesNotDependOnTheNumberOfCores(String codec) throws Exception {
        TestMovie movie = TestMovie.small().withSize(640, 360).withVideoCodec(codec);
        try {
            avutil.av_cpu_force_count(1);
            byte[] oneCore = Files.readAllBytes(Movies.write(folder, "one-core.mp4", movie));
            avutil.av_cpu_force_count(16);
            byte[] sixteenCores = Files.readAllBytes(Movies.write(folder, "sixteen-cores.mp4", movie));

            assertThat(sixteenCores).as("the movie written with 16 cores").isEqualTo(oneCore);
        } finally {
            avutil.av_cpu_force_count(0);
        }
    }
}
