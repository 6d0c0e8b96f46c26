package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.segment.Scene;
import org.kissdetect.api.train.AnnotationException;

class ExamplesTest {

    @TempDir
    Path folder;

    @Test
    void everyWholeSecondInsideAnAnnotatedSceneIsOneExample() throws Exception {
        List<LabelledMovie> movies = Examples.read(write("""
                b.mp4,2.5,6,kissing
                b.mp4,6,8,not kissing
                a.mp4,0,1,not kissing
                b.mp4,4,6,kissing
                """));

        assertThat(movies).extracting(LabelledMovie::name).containsExactly("a.mp4", "b.mp4");
        assertThat(movies.get(0).seconds()).containsExactly(0);
        LabelledMovie b = movies.get(1);
        assertThat(b.seconds()).as("[2.5, 6) holds seconds 3, 4, 5; [6, 8) 6, 7").containsExactly(3, 4, 5, 6, 7);
        assertThat(b.kissing()).containsExactly(true, true, true, false, false);
    }

    @Test
    void aSecondLabelledBothWaysNamesBothLines() throws Exception {
        Path file = write("a.mp4,0,10,kissing\na.mp4,20,30,kissing\na.mp4,9,12,not kissing\n");

        assertThatThrownBy(() -> Examples.read(file)).isInstanceOf(AnnotationException.class)
                .hasMessage(file + " line 3: second 9 of a.mp4 is labelled not kissing here but kissing on line 1");
    }

    @Test
    void aSceneShorterThanAWholeSecondIsAnError() throws Exception {
        Path file = write("a.mp4,0.2,1.1,kissing\n");

        assertThatThrownBy(() -> Examples.read(file)).hasMessageContaining("line 1: the scene holds no whole second");
    }

    @Test
    void theTrueScenesAreRunsOfConsecutiveKissingSeconds() throws Exception {
        LabelledMovie movie = Examples.read(write("""
                a.mp4,0,4,kissing
                a.mp4,4,6,kissing
                a.mp4,6,9,not kissing
                a.mp4,9,11,kissing
                a.mp4,13,15,kissing
                """)).get(0);

        assertThat(movie.kissingScenes()).containsExactly(new Scene(0, 5, 1), new Scene(9, 10, 1),
                new Scene(13, 14, 1));
    }

    private Path write(String content) throws Exception {
        return Files.writeString(Files.createTempFile(folder, "annotations", ".csv"), content);
    }
}
