package org.kissdetect.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.RgbImage;
import org.kissdetect.api.encode.EncodingSettings;
import org.kissdetect.api.encode.MovieEncoder;
import org.kissdetect.api.encode.MovieWriter;

class SyntheticSetTest {

    @Test
    void theStandardSetIsAFewHundredSecondsOfFilmsWithOneKissingSceneEach() {
        List<SyntheticFilm> films = SyntheticSet.standard().films();

        assertThat(films).hasSize(26);
        assertThat(films.stream().mapToInt(SyntheticFilm::seconds).sum()).isBetween(26 * 22, 26 * 26);
        for (SyntheticFilm film : films) {
            assertThat(film.seconds()).isBetween(20, 28);
            assertThat(film.kissingScenes()).hasSize(1);
            assertThat(film.kissingScenes().get(0).seconds()).isBetween(10, 14);
        }
        assertThat(films.stream().map(SyntheticFilm::seed).distinct()).hasSize(26);
    }

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnother() {
        assertThat(new SyntheticSet(4, 20, 28, 5).films()).isEqualTo(new SyntheticSet(4, 20, 28, 5).films());
        assertThat(new SyntheticSet(4, 20, 28, 5).films()).isNotEqualTo(new SyntheticSet(4, 20, 28, 6).films());
    }

    @Test
    void theAnnotationsNameTheSetThenEveryFilmRelativeToTheFile() {
        SyntheticSet set = new SyntheticSet(3, 20, 20, 1);
        String[] lines = set.annotations().split("\n");

        assertThat(lines[0]).startsWith("# Kiss Detector synthetic set, generator " + SyntheticSet.GENERATOR);
        assertThat(lines[1]).isEqualTo("movie,start,end,label");
        assertThat(lines).filteredOn(l -> l.endsWith(",kissing")).hasSize(3);
        assertThat(lines).filteredOn(l -> l.startsWith("film-02.mp4,")).isNotEmpty();
    }

    @Test
    void writingPutsEveryFilmThenTheAnnotationsAndSkipsAWrittenSet(@TempDir Path folder) throws Exception {
        SyntheticSet set = new SyntheticSet(2, 14, 14, 9);
        RecordingEncoder encoder = new RecordingEncoder();

        Path annotations = set.write(encoder, folder);

        assertThat(annotations).hasContent(set.annotations().stripTrailing());
        assertThat(encoder.created).containsExactlyInAnyOrder(folder.resolve("film-01.mp4"), folder.resolve("film-02.mp4"));
        assertThat(encoder.frames).hasValue(2 * 14 * SyntheticFilm.FRAME_RATE);
        assertThat(encoder.audioSeconds).hasValue(2 * 14);
        assertThat(set.isWritten(folder)).isTrue();

        set.write(encoder, folder);
        assertThat(encoder.created).as("nothing written again").hasSize(2);

        Files.delete(folder.resolve("film-02.mp4"));
        assertThat(set.isWritten(folder)).isFalse();
    }

    @Test
    void impossibleSetsAreRefused() {
        assertThatThrownBy(() -> new SyntheticSet(0, 20, 28, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticSet(2, 10, 28, 1)).hasMessageContaining("at least 14 seconds");
    }

    /** Counts what would be written (films are written in parallel), and writes an empty file on finish. */
    private static final class RecordingEncoder implements MovieEncoder {
        final List<Path> created = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger frames = new AtomicInteger();
        final AtomicInteger audioSeconds = new AtomicInteger();

        @Override
        public MovieWriter create(Path movie, EncodingSettings settings) {
            created.add(movie);
            return new MovieWriter() {
                @Override
                public void writeFrame(RgbImage picture, double seconds) {
                    assertThat(picture.width()).isEqualTo(settings.width());
                    frames.incrementAndGet();
                }

                @Override
                public void writeAudio(float[] mono, double startSeconds) {
                    assertThat(mono).hasSize(settings.audioSampleRate());
                    audioSeconds.incrementAndGet();
                }

                @Override
                public void finish() throws MediaException {
                    try {
                        Files.write(movie, new byte[0]);
                    } catch (java.io.IOException e) {
                        throw new MediaException(movie, e.getMessage());
                    }
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
