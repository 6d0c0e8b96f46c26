package org.kissdetect.api.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MediaExceptionTest {

    @Test
    void thePlaceInTheMovieIsAClockInAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            MediaException e = new MediaException(Path.of("film.mp4"), 3723.004, "broken packet", null);

            assertThat(e.getMessage()).isEqualTo("cannot decode film.mp4 at 01:02:03.004: broken packet");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void withoutAPlaceTheMessageNamesTheFileAndTheReason() {
        MediaException e = new MediaException(Path.of("film.mp4"), Double.NaN, "no video stream", null);

        assertThat(e.getMessage()).isEqualTo("cannot decode film.mp4: no video stream");
    }
}
