package org.kissdetect.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieFormat;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.decode.PictureGeometry;
import org.kissdetect.api.decode.StartTimecode;

class MovieInfoJsonTest {

    @Test
    void everyPartOfAMoviesDescriptionComesBack() {
        MovieInfo movie = new MovieInfo(Path.of("/archive/films/Brief Encounter (1945).mov"), 5_160.48, 30_000 / 1001.0,
                1440, 1080, true, new StartTimecode(1, 0, 0, 0, 30, true), "smpte2084", new PictureGeometry(4, 3, 90),
                2, List.of(12.5, 300.0), new MovieFormat("mov", "prores", "pcm_s24le"));

        assertThat(MovieInfoJson.read(MovieInfoJson.write(movie))).isEqualTo(movie);
    }

    @Test
    void aMovieWithoutSoundTimecodeOrFormatComesBack() {
        MovieInfo movie = new MovieInfo(Path.of("/films/silent.mp4"), 42, 12, 320, 180, false);

        assertThat(MovieInfoJson.read(MovieInfoJson.write(movie))).isEqualTo(movie);
    }
}
