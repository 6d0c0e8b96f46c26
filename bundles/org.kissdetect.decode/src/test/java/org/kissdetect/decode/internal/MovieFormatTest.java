package org.kissdetect.decode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.SampleStream;
import org.kissdetect.testmedia.TestMovie;

/** The decoder names a movie's container and codecs as FFmpeg does, for players that must know them. */
class MovieFormatTest {

    @TempDir
    Path folder;

    @Test
    void anH264Mp4WithAacSound() throws Exception {
        assertThat(format(Movies.write(folder, "a.mp4", TestMovie.small())))
                .isEqualTo(new MovieFormat("mov,mp4,m4a,3gp,3g2,mj2", "h264", "aac"));
    }

    @Test
    void anMpeg4PartTwoAviWithoutSound() throws Exception {
        assertThat(format(Movies.write(folder, "a.avi",
                TestMovie.small().withContainer("avi").withVideoCodec("mpeg4").withoutAudio())))
                .isEqualTo(new MovieFormat("avi", "mpeg4", null));
    }

    private static MovieFormat format(Path movie) throws Exception {
        try (SampleStream stream = Movies.EXACT.open(movie)) {
            return stream.info().format();
        }
    }
}
