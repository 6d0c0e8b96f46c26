package org.kissdetect.train.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kissdetect.api.train.AnnotationException;

class AnnotationFileTest {

    @TempDir
    Path folder;

    @Test
    void readsScenesInSecondsAndTimecodeWithHeaderCommentsAndQuotes() throws Exception {
        Path file = write("""
                # scenes of two films
                movie,start,end,label
                a.mp4,0,12.5,not kissing

                "films/my, film.mkv", 00:01:10 ,01:25.250, Kissing
                /abs/b.avi,1:00:00,1:00:03,not  kissing
                """);

        List<Annotation> annotations = AnnotationFile.read(file);

        assertThat(annotations).containsExactly(
                new Annotation(3, "a.mp4", folder.resolve("a.mp4"), 0, 12.5, false),
                new Annotation(5, "films/my, film.mkv", folder.resolve("films/my, film.mkv"), 70, 85.25, true),
                new Annotation(6, "/abs/b.avi", Path.of("/abs/b.avi"), 3600, 3603, false));
    }

    @Test
    void everyMistakeIsReportedWithItsLine() throws Exception {
        assertFails("a.mp4,0,10,kissing\na.mp4,5,3,kissing\n", "line 2: end 3 is not after start 5");
        assertFails("a.mp4,0,10,kissing\na.mp4,0,10,snogging\n", "line 2: label 'snogging' is neither");
        assertFails("a.mp4,0,10\n", "line 1: has 3 fields, expected 4");
        assertFails("a.mp4,0,00:00:10:12,kissing\n", "line 1: time '00:00:10:12' is neither seconds");
        assertFails("a.mp4,0,1:75,kissing\n", "line 1: time '1:75' has 75");
        assertFails(",0,10,kissing\n", "line 1: names no movie");
        assertFails("movie,start,end,label\n# nothing\n", "annotates no scene");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("none.csv");

        assertThatThrownBy(() -> AnnotationFile.read(missing)).isInstanceOf(AnnotationException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void timesAreSecondsOrTimecode() {
        assertThat(TimeText.seconds("12")).isEqualTo(12);
        assertThat(TimeText.seconds(" 7.25 ")).isEqualTo(7.25);
        assertThat(TimeText.seconds("2:03")).isEqualTo(123);
        assertThat(TimeText.seconds("01:02:03.5")).isEqualTo(3723.5);
        assertThatThrownBy(() -> TimeText.seconds("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeText.seconds("1:2:3:4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeText.seconds("")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertFails(String content, String message) throws Exception {
        Path file = write(content);
        assertThatThrownBy(() -> AnnotationFile.read(file)).isInstanceOf(AnnotationException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(message);
    }

    private Path write(String content) throws Exception {
        return Files.writeString(Files.createTempFile(folder, "annotations", ".csv"), content);
    }
}
