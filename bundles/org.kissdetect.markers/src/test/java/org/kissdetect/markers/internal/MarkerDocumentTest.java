package org.kissdetect.markers.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kissdetect.api.decode.MovieInfo;
import org.kissdetect.api.markers.MarkerDocument;
import org.kissdetect.api.markers.MarkerStyle;
import org.kissdetect.api.segment.Scene;

/** Markers are never written for an absurd length or for scenes past the movie's end (they overflowed timecodes). */
class MarkerDocumentTest {

    private final MarkerStyle style = new MarkerStyle("Kiss", "red", true);

    @Test
    void anAbsurdDurationIsRefusedBeforeAnyFormatCountsItsFrames() {
        MovieInfo movie = new MovieInfo(Path.of("film.mp4"), 1e308, 25, 640, 360, true);

        assertThatThrownBy(() -> new MarkerDocument(movie, List.of(), "m", style))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("up to a week");
    }

    @Test
    void aSceneAfterTheEndOfTheMovieIsRefused() {
        MovieInfo movie = new MovieInfo(Path.of("film.mp4"), 60.2, 25, 640, 360, true);

        new MarkerDocument(movie, List.of(new Scene(50, 60, 0.9)), "m", style);
        assertThatThrownBy(() -> new MarkerDocument(movie, List.of(new Scene(60, 75, 0.9)), "m", style))
                .hasMessageContaining("ends at second 75, after the end of film.mp4 at 60.2 s");
    }
}
