package org.kissdetect.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;

/** The film {@code kissdetect demo} searches: two and a half minutes with three synthetic kissing scenes. */
final class DemoFilm {

    static final SyntheticFilm FILM = SyntheticFilm.of(150, 20191125L,
            new SecondSpan(18, 37), new SecondSpan(64, 78), new SecondSpan(110, 133));

    private DemoFilm() {
    }

    /** Writes the film into {@code folder} unless it is already there (the encoder writes it whole or not at all). */
    static Path ensure(MovieEncoder encoder, Path folder) throws MediaException, IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("demo-film-" + FILM.seed() + ".mp4");
        return Files.isRegularFile(file) ? file : FILM.write(encoder, file);
    }

    static List<SecondSpan> truth() {
        return FILM.kissingScenes();
    }
}
