package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.decode.MediaException;
import org.kissdetect.api.decode.MovieDecoder;
import org.kissdetect.api.decode.SecondSample;
import org.kissdetect.synthetic.SecondSpan;
import org.kissdetect.synthetic.SyntheticFilm;

/** Decoded seconds are cached under the movie's content hash and read back exactly. */
class SampleCacheTest {

    @TempDir
    static Path folder;

    private static Path movie;

    @BeforeAll
    static void writeAFilm() throws Exception {
        movie = SyntheticFilm.of(14, 5, new SecondSpan(2, 11)).write(RealServices.encoder(), folder.resolve("f.mp4"));
    }

    @Test
    void theAnnotatedSecondsAreDecodedOnceAndReadBackExactly(@TempDir Path cache) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        MovieDecoder decoder = RealServices.decoder();
        MovieDecoder counting = file -> {
            opened.incrementAndGet();
            return decoder.open(file);
        };
        LabelledMovie labelled = new LabelledMovie("f.mp4", movie, new int[] {1, 4, 13},
                new boolean[] {false, true, false});

        SecondSample fresh;
        try (MovieSamples samples = new SampleCache(cache, counting).open(labelled, () -> false)) {
            assertThat(samples.seconds()).containsExactly(1, 4, 13);
            fresh = samples.read(1);
        }
        try (MovieSamples samples = new SampleCache(cache, counting).open(labelled, () -> false)) {
            SecondSample cached = samples.read(1);
            assertThat(cached.second()).isEqualTo(4);
            assertThat(cached.still().pixels()).isEqualTo(fresh.still().pixels());
            assertThat(cached.audio()).isEqualTo(fresh.audio());
            assertThat(cached.stillSeconds()).isEqualTo(fresh.stillSeconds());
        }
        assertThat(opened).as("decoded once").hasValue(1);
        SecondSample direct;
        try (var stream = decoder.open(movie)) {
            for (int k = 0; k < 4; k++) {
                stream.next();
            }
            direct = stream.next().orElseThrow();
        }
        assertThat(fresh.still().pixels()).isEqualTo(direct.still().pixels());
        try (var files = Files.list(cache.resolve("samples"))) {
            assertThat(files).hasSize(1).allMatch(f -> f.getFileName().toString().endsWith(".samples"));
        }
    }

    @Test
    void aMovieShorterThanItsAnnotationsOrMissingIsAMediaProblem(@TempDir Path cache) {
        SampleCache samples = new SampleCache(cache, RealServices.decoder());
        LabelledMovie tooLong = new LabelledMovie("f.mp4", movie, new int[] {13, 20}, new boolean[2]);
        LabelledMovie missing = new LabelledMovie("g.mp4", folder.resolve("g.mp4"), new int[] {0}, new boolean[1]);

        assertThatThrownBy(() -> samples.open(tooLong, () -> false)).isInstanceOf(MediaException.class)
                .hasMessageContaining("ends before second 20");
        assertThatThrownBy(() -> samples.open(missing, () -> false)).isInstanceOf(MediaException.class)
                .hasMessageContaining("no such movie file");
        try (var files = Files.list(cache.resolve("samples"))) {
            assertThat(files).as("nothing half written").isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedCacheFileIsDecodedAgainWithANotice(@TempDir Path cache) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        MovieDecoder decoder = RealServices.decoder();
        MovieDecoder counting = file -> {
            opened.incrementAndGet();
            return decoder.open(file);
        };
        LabelledMovie labelled = new LabelledMovie("f.mp4", movie, new int[] {2, 3}, new boolean[2]);
        List<String> notices = new ArrayList<>();
        SecondSample fresh;
        try (MovieSamples samples = new SampleCache(cache, counting).open(labelled, () -> false, notices::add)) {
            fresh = samples.read(1);
        }
        Path file;
        try (var files = Files.list(cache.resolve("samples"))) {
            file = files.findFirst().orElseThrow();
        }
        try (RandomAccessFile truncated = new RandomAccessFile(file.toFile(), "rw")) {
            truncated.setLength(truncated.length() / 2);
        }

        try (MovieSamples samples = new SampleCache(cache, counting).open(labelled, () -> false, notices::add)) {
            assertThat(samples.read(1).still().pixels()).isEqualTo(fresh.still().pixels());
        }

        assertThat(opened).as("decoded again").hasValue(2);
        assertThat(notices).singleElement().asString().contains(file.toString()).contains("damaged")
                .contains("f.mp4");
    }
}
